using Analytics.Core.Ingest.Spreadsheets;

namespace Analytics.Core.Tests.Ingest.Spreadsheets;

public sealed class Crc32Tests
{
    [Test]
    public void The_check_value_of_the_standard_is_reproduced()
    {
        Assert.That(Crc32.Append(0, "123456789"u8), Is.EqualTo(0xCBF43926u));
    }

    [Test]
    public void Appending_in_pieces_gives_the_checksum_of_the_whole()
    {
        var data = Enumerable.Range(0, 1000).Select(i => (byte)(i * 31)).ToArray();

        var whole = Crc32.Append(0, data);
        var pieces = Crc32.Append(Crc32.Append(Crc32.Append(0, data.AsSpan(0, 3)), data.AsSpan(3, 500)), data.AsSpan(503));

        Assert.That(pieces, Is.EqualTo(whole));
    }
}
