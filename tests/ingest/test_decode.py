import pytest

from rashomon.errors import InputError
from rashomon.ingest.decode import decode, decode_bytes, sniff_format


def test_utf8_passes_through():
    assert decode_bytes("Pashinyan said “no”.".encode()) == ("Pashinyan said “no”.", "utf-8")


def test_legacy_encoding_is_detected():
    text = "Le ministre a déclaré que la réunion était reportée à une date ultérieure. " * 5
    decoded, encoding = decode_bytes(text.encode("cp1252"))
    assert decoded == text
    assert encoding.lower().replace("_", "-") in {"cp1252", "windows-1252", "latin-1", "iso-8859-1", "iso-8859-15"}


@pytest.mark.parametrize("data, problem", [
    (b"", "empty file"),
    (b"   \n\n ", "only whitespace"),
    (b"%PDF-1.7\n...", "PDF"),
    (b"\x89PNG\r\n\x1a\n\x00\x00", "PNG"),
    (b"abc\x00def\x00" * 10, "NUL bytes"),
    (bytes(range(1, 32)) * 40, "binary or corrupted"),
])
def test_bad_bytes_are_refused_with_the_reason(data, problem):
    with pytest.raises(InputError) as exc:
        decode_bytes(data)
    assert problem in str(exc.value)


def test_format_sniffing():
    assert sniff_format("<html><body><p>Hi</p></body></html>") == "html"
    assert sniff_format("# Title\n\nBy [AFP](#)\n\nText **bold** here.") == "markdown"
    assert sniff_format("Just a sentence. And another one.") == "text"


def test_a_stray_byte_in_utf8_is_replaced_counted_and_named():
    # issue 15, case 16: one invalid byte used to reject the whole page
    data = "Grüße aus Köln, wo die Brücke gesperrt ist. ".encode() * 30 + b"\xff" + " und mehr".encode()
    decoded = decode(data)
    assert decoded.encoding == "utf-8" and decoded.replaced == 1
    assert decoded.text.count("\ufffd") == 1 and decoded.text.startswith("Grüße aus Köln")
    at = data.index(b"\xff")
    assert decoded.warning == f"1 byte not valid UTF-8 replaced with U+FFFD (first at byte {at})"


def test_text_mostly_in_a_legacy_encoding_with_some_utf8_is_read_in_that_encoding():
    text = "Le ministre a déclaré que la réunion était reportée à une date ultérieure. " * 5
    decoded = decode(text.encode("cp1252") + " ’".encode())  # one UTF-8 character in a cp1252 file
    assert decoded.encoding == "cp1252" and decoded.text == text + " â€™"
    assert decoded.warning == ("mixed encodings: read as cp1252, which 35 of its bytes are in; "
                               "its 1 UTF-8 characters may show as two or three characters each")


def test_a_declared_charset_wins_when_encodings_are_mixed():
    page = ('<html><head><meta charset="utf-8"><title>Archive</title></head><body><p>Wayback · archive</p>'
            '<meta http-equiv="Content-Type" content="text/html; charset=gb2312"><p>').encode() + \
        "新华社北京电 会谈在周一恢复，双方同意继续就水坝问题进行磋商。".encode("gb2312") * 5 + b"</p></body></html>"
    decoded = decode(page)
    assert decoded.encoding == "gb18030" and "会谈在周一恢复" in decoded.text and decoded.warning.startswith("mixed encodings")
