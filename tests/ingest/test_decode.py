import pytest

from rashomon.errors import InputError
from rashomon.ingest.decode import decode_bytes, sniff_format


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
    ("Grüße aus Köln ".encode() + b"\xff\xfe broken" + " und mehr".encode(), "mis-encoded"),
])
def test_bad_bytes_are_refused_with_the_reason(data, problem):
    with pytest.raises(InputError) as exc:
        decode_bytes(data)
    assert problem in str(exc.value)


def test_format_sniffing():
    assert sniff_format("<html><body><p>Hi</p></body></html>") == "html"
    assert sniff_format("# Title\n\nBy [AFP](#)\n\nText **bold** here.") == "markdown"
    assert sniff_format("Just a sentence. And another one.") == "text"
