"""Reads Maildir messages with Python's own MIME parser and prints them as JSON for the tests:
headers (raw and decoded), every part with its type, Content-ID and decoded content."""
import email
import hashlib
import json
import sys
from email import policy
from email.header import decode_header, make_header

messages = []
for path in sys.argv[1:]:
    with open(path, "rb") as f:
        raw = f.read()
    plain = email.message_from_bytes(raw, policy=policy.compat32)
    parsed = email.message_from_bytes(raw, policy=policy.default)
    parts = []
    for part in parsed.walk():
        entry = {
            "type": part.get_content_type(),
            "contentId": part.get("Content-ID"),
            "transferEncoding": part.get("Content-Transfer-Encoding"),
        }
        if not part.is_multipart():
            payload = part.get_payload(decode=True) or b""
            if entry["type"].startswith("text/"):
                entry["text"] = payload.decode(part.get_content_charset() or "utf-8")
            else:
                entry["sha256"] = hashlib.sha256(payload).hexdigest()
                entry["isPng"] = payload[:8] == b"\x89PNG\r\n\x1a\n"
        parts.append(entry)
    messages.append({
        "file": path,
        "rawSubject": " ".join(str(plain["Subject"]).split()),
        # RFC 2047 decoding as written (the default policy's address parser puts a space between two encoded words).
        "subject": str(make_header(decode_header(plain["Subject"]))),
        "from": str(make_header(decode_header(plain["From"]))),
        "to": str(make_header(decode_header(plain["To"]))),
        "envelopeTo": str(parsed.get("X-RcptTo", "")),
        "messageId": str(parsed["Message-ID"]),
        "date": str(parsed["Date"]),
        "parts": parts,
    })
json.dump(messages, sys.stdout, ensure_ascii=False)
