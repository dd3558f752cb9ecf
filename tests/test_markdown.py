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
