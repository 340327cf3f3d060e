# Saves a workbook as an Excel 97-2003 .xls protected by a password, through LibreOffice's UNO API
# (Debian: libreoffice-calc-nogui and python3-uno); the command line's --convert-to cannot set one.
# Usage: /usr/bin/python3 save-encrypted-xls.py SOURCE.xlsx TARGET.xls PASSWORD
import os, shutil, subprocess, sys, tempfile, time, uuid
import uno
from com.sun.star.beans import PropertyValue

def prop(name, value):
    p = PropertyValue(); p.Name = name; p.Value = value; return p

source, target, password = sys.argv[1:4]
profile = tempfile.mkdtemp(prefix="lo-profile-")
pipe = "analytics-" + uuid.uuid4().hex
office = subprocess.Popen(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--invisible",
                           "--norestore", f"--accept=pipe,name={pipe};urp;"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
try:
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    for attempt in range(240):
        try:
            context = resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext"); break
        except Exception:
            time.sleep(0.25)
    else:
        sys.exit("soffice did not answer")
    desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
    document = desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(source)), "_blank", 0, (prop("Hidden", True),))
    document.storeToURL(uno.systemPathToFileUrl(os.path.abspath(target)), (prop("FilterName", "MS Excel 97"), prop("Password", password)))
    document.close(True)
    try: desktop.terminate()
    except Exception: pass
finally:
    try: office.wait(timeout=30)
    except subprocess.TimeoutExpired: office.kill()
    shutil.rmtree(profile, ignore_errors=True)
