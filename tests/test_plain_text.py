from core.markdown import render_markdown
from newsletter.plain_text import html_to_text


def text_of(markdown):
    return html_to_text(render_markdown(markdown))


def test_emphasis_becomes_plain_words():
    assert text_of("Ask **three** questions about the *team*.") == (
        "Ask three questions about the team."
    )


def test_links_keep_their_address():
    assert text_of("Read [the guide](https://example.com/guide).") == (
        "Read the guide (https://example.com/guide)."
    )


def test_paragraphs_lists_and_quotes_keep_their_shape():
    text = text_of(
        "Intro.\n\n- First\n- Second\n    - nested\n\n1. one\n2. two\n\n> Quoted\n\nEnd."
    )
    assert text == (
        "Intro.\n\n- First\n- Second\n   - nested\n\n1. one\n2. two\n\n> Quoted\n\nEnd."
    )


def test_entities_are_decoded_and_nothing_is_left_of_the_markup():
    text = text_of("Pay & benefits <b>bold</b> `code`")
    assert text == "Pay & benefits bold code"
