"""Small SVG charts with a text alternative, for the editors' admin pages. Knows no app."""
