from lokaalsignaal.privacy import scan


def test_every_iban_in_a_run_of_accounts_is_found():
    text = "Zijn rekeningen: BE68 5390 0754 7034 BE62 5100 0754 7061 NL91 ABNA 0417 1643 00."

    ibans = [text[f.start:f.end] for f in scan(text) if f.kind == "iban"]

    assert ibans == ["BE68 5390 0754 7034", "BE62 5100 0754 7061", "NL91 ABNA 0417 1643 00"]
