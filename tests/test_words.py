import pytest

from core.templatetags.words import a_or_an


@pytest.mark.parametrize(
    ("noun", "expected"),
    [
        ("Practice Manager", "a Practice Manager"),
        ("Office Manager", "an Office Manager"),
        ("HR Manager", "an HR Manager"),
        ("MRI Technician", "an MRI Technician"),
        ("URL Designer", "a URL Designer"),
        ("SEO Specialist", "an SEO Specialist"),
        ("CNC Machinist", "a CNC Machinist"),
        ("University Registrar", "a University Registrar"),
        ("User Researcher", "a User Researcher"),
        ("Hourly Worker", "an Hourly Worker"),
        ("Engineer", "an Engineer"),
        ("", "a "),
    ],
)
def test_a_or_an_follows_how_the_word_is_said(noun, expected):
    assert a_or_an(noun) == expected
