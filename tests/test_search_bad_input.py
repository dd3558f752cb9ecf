"""Whatever is typed into the search box, the reader gets a normal page and nothing changes."""

import pytest

from comparisons.models import Comparison
from discovery import services
from search.backends.sqlite import match_expression
from search.models import SearchEntry
from search.terms import MAX_QUERY_CHARS, SearchTerms, parse

from .search_helpers import found, publish_article

pytestmark = pytest.mark.django_db

ODD_QUERIES = [
    "",
    "   ",
    "\t\n",
    "x" * 10_000,
    "manager " * 2_000,
    "!!!???...",
    '"',
    "'",
    '"manager',
    "manager'",
    "*",
    "manager*",
    "NEAR(",
    "NEAR(manager nurse, 2)",
    "OR OR",
    "AND",
    "NOT manager",
    "-",
    "-manager",
    "manager -nurse",
    "title:manager",
    "^manager",
    "(manager",
    "manager)",
    "{manager nurse}",
    "manager & nurse | !doctor",
    "manager:*",
    "'; DROP TABLE comparisons_comparison; --",
    "1' OR '1'='1",
    "%",
    "_",
    "\\",
    "\x00",
    "manager\x00nurse",
    "🙂",
    "👩‍⚕️ nurse",
    "<script>alert(1)</script>",
    "ｍａｎａｇｅｒ",
    "Ünïcödé",
    "日本語",
]


@pytest.mark.parametrize("query", ODD_QUERIES)
def test_odd_queries_get_a_normal_page_and_change_nothing(client, query):
    publish_article("Manager vs. Nurse", body="A manager and a nurse at work.")
    before = (Comparison.objects.count(), SearchEntry.objects.count())
    response = client.get("/search/", {"q": query})
    if "\x00" in query:  # refused before any view runs (runtime/nul_bytes.py)
        assert response.status_code == 400
    else:
        assert response.status_code == 200
        assert "<h1>" in response.text
    assert (Comparison.objects.count(), SearchEntry.objects.count()) == before


@pytest.mark.parametrize("page", ["", "abc", "0", "-1", "2", "99999999999999999999", "1.5"])
def test_odd_page_numbers_get_a_normal_page(client, page):
    publish_article("Manager vs. Nurse")
    response = client.get("/search/", {"q": "manager", "page": page})
    assert response.status_code == 200
    assert "Manager</mark> vs. Nurse" in response.text


def test_search_syntax_is_looked_for_as_plain_words():
    article = publish_article("Manager vs. Nurse", body="A manager and a nurse.")
    assert found('"manager') == [article]
    assert found("manager*") == [article]
    near = services.search("NEAR(manager nurse, 2)")  # no article has the word "near"...
    assert [r.item for r in near.page.object_list] == [article]
    assert not near.matched_all_words  # ...so the other words are enough
    assert found("-manager") == [article]


def test_punctuation_and_emoji_only_explain_there_is_nothing_to_look_for(client):
    html = client.get("/search/", {"q": "🙂 !!"}).text
    assert "There are no words to look for" in html


def test_a_very_long_query_is_shortened_and_says_so(client):
    article = publish_article("Manager vs. Nurse")
    results = services.search("manager " + "x" * 10_000)
    assert len(results.terms.text) == MAX_QUERY_CHARS
    assert results.terms.shortened
    assert [r.item for r in results.page.object_list] == [article]
    assert "only its first 200 characters" in client.get("/search/", {"q": "y" * 500}).text


def test_the_query_is_shown_back_escaped(client):
    html = client.get("/search/", {"q": "<script>alert(1)</script>"}).text
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_parse_keeps_only_words_without_stop_words_or_repeats():
    terms = parse('  The "Practice"  MANAGER vs. practice-manager!! ')
    assert terms.text == 'The "Practice" MANAGER vs. practice-manager!!'
    assert terms.words == ("practice", "manager")


def test_parse_turns_control_characters_into_spaces():
    assert parse("nurse\x00manager\u200b").words == ("nurse", "manager")


def test_sqlite_match_expressions_quote_every_word():
    terms = SearchTerms(text="", words=("near", 'odd"word'))
    assert match_expression(terms, match_all=True) == '"near" AND "odd""word"'
    assert match_expression(terms, match_all=False) == '"near" OR "odd""word"'
