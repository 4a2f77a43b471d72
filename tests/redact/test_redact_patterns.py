"""Pattern detectors: checksums, every phone format, postcodes, addresses, URLs, dates of birth."""

from __future__ import annotations

import pytest

from themes.redact.patterns import bsn_is_valid, iban_is_valid, phone_digits


def labels(result):
    return [(result.text[s.start:s.end], s.label) for s in result.spans]


@pytest.mark.parametrize("bsn", ["111222333", "1112.22.333", "111 222 333"])
def test_bsn_with_valid_checksum_is_redacted(redact, bsn):
    result = redact(f"Zijn BSN is {bsn}, dat hoort niet in de mail.")
    assert (bsn, "BSN") in labels(result)
    assert bsn not in result.redacted


def test_bsn_with_bad_checksum_is_not_redacted(redact):
    result = redact("Ordernummer 111222334 en 123456789 zijn geen BSN.")
    assert result.spans == ()
    assert not bsn_is_valid("123456789") and bsn_is_valid("111222333") and not bsn_is_valid("000000000")


@pytest.mark.parametrize("iban", ["NL91 ABNA 0417 1643 00", "NL91ABNA0417164300", "nl91abna0417164300",
                                  "BE68 5390 0754 7034", "DE89 3704 0044 0532 0130 00"])
def test_iban_with_valid_mod97_is_redacted(redact, iban):
    result = redact(f"Overmaken op {iban} t.n.v. de stichting.")
    assert (iban, "IBAN") in labels(result)


def test_iban_with_bad_checksum_is_not_redacted_nor_read_as_phone(redact):
    result = redact("Het rekeningnummer NL91 ABNA 0417 1643 01 klopte niet.")
    assert result.spans == ()
    assert not iban_is_valid("NL91ABNA0417164301")


@pytest.mark.parametrize("phone", [
    "06-12345678", "06 12 34 56 78", "0612345678", "06 - 12345678", "+31 6 12345678", "+31612345678",
    "+31 (0)6 1234 5678", "0031 6 12345678", "020-5551234", "020 555 1234", "(020) 555 12 34", "010-1234567",
    "0570-123456", "+31 20 555 1234",
])
def test_every_dutch_phone_format_is_redacted(redact, phone):
    result = redact(f"Bel me op {phone} als het schikt.")
    assert labels(result) == [(phone, "TELEFOON")]


def test_phone_numbers_normalise_to_one_national_form():
    assert phone_digits("+31 (0)6 1234 5678") == phone_digits("06-12345678") == phone_digits("0031 6 12345678")
    assert phone_digits("12345") is None and phone_digits("+32 2 555 12 34") is None


def test_email_postcode_address_url_and_birth_date_are_redacted(redact):
    text = ("Mail f.elamrani@amsterdam.nl, adres Eerste Oosterparkstraat 12-3, 1091 GH Amsterdam, "
            "profiel https://www.linkedin.com/in/fatima-el-amrani, geboren op 12-03-1985.")
    found = dict((label, value) for value, label in labels(redact(text)))
    assert found == {
        "EMAIL": "f.elamrani@amsterdam.nl", "ADRES": "Eerste Oosterparkstraat 12-3", "POSTCODE": "1091 GH",
        "URL": "https://www.linkedin.com/in/fatima-el-amrani", "GEBOORTEDATUM": "12-03-1985",
    }


def test_public_url_year_and_ordinary_date_are_kept(redact):
    result = redact("Zie www.amsterdam.nl/diversiteit; op 12-03-2024 in 2021 HR overleg.")
    assert result.spans == ()
