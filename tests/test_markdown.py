from core.markdown import render_markdown, word_count


def test_markdown_renders_emphasis_lists_and_links():
    html = render_markdown("Some **bold** text\n\n- one\n- two\n\n[BLS](https://www.bls.gov/)")
    assert "<strong>bold</strong>" in html
    assert "<li>one</li>" in html
    assert '<a href="https://www.bls.gov/" rel="noopener noreferrer">BLS</a>' in html


def test_script_tags_are_removed():
    html = render_markdown("Hello <script>alert('x')</script> world")
    assert "<script" not in html
    assert "alert" not in html


def test_event_handler_attributes_are_removed():
    html = render_markdown('<img src="x" onerror="alert(1)"> <a href="/" onclick="steal()">hi</a>')
    assert "onerror" not in html
    assert "onclick" not in html
    assert "<img" not in html


def test_javascript_urls_are_removed():
    html = render_markdown("[click](javascript:alert(1))")
    assert "javascript:" not in html


def test_top_level_headings_become_h3_so_the_page_keeps_one_h1():
    html = render_markdown("# Big\n\n## Smaller\n\ntext")
    assert "<h1" not in html and "<h2" not in html
    assert html.count("<h3>") == 2


def test_empty_markdown_renders_nothing():
    assert render_markdown("   \n") == ""


def test_word_count_ignores_markup():
    assert word_count("<p>one <strong>two</strong> three</p>") == 3


def test_footnote_syntax_makes_no_dead_links():
    html = render_markdown("A claim.[^1]\n\n[^1]: The source.")
    assert 'href="#fn' not in html and "footnote" not in html
    assert "[^1]" in html  # shown as typed, so the writer sees it is not supported


def test_what_writers_can_use_renders():
    html = render_markdown(
        "| Role | Pay |\n|---|---|\n| A | $1 |\n\n"
        "Term\n:   Definition\n\n"
        "```\ncode\n```\n\n"
        "*[BLS]: Bureau of Labor Statistics\n\nSee BLS."
    )
    assert "<table>" in html and "<td>$1</td>" in html
    assert "<dl>" in html and "<dd>Definition</dd>" in html
    assert "<pre><code>code" in html
    assert '<abbr title="Bureau of Labor Statistics">BLS</abbr>' in html
