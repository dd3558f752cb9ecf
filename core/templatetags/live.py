"""`{% livefragment "name" key %}…{% endlivefragment %}`: part of a live page, rendered once and
cached until live content next changes (core.live), like the article and its related list.

The page's view puts `live_generation` in the context; without it (previews of drafts) the part
is rendered every time and never cached.
"""

from django import template

from core import live

register = template.Library()

FRAGMENT_SECONDS = 600


@register.tag
def livefragment(parser, token):
    bits = token.split_contents()
    if len(bits) != 3:
        raise template.TemplateSyntaxError(f"Use {{% {bits[0]} 'name' key %}}")
    nodelist = parser.parse(("endlivefragment",))
    parser.delete_first_token()
    name, key = (parser.compile_filter(bit) for bit in bits[1:])
    return LiveFragmentNode(nodelist, name, key)


class LiveFragmentNode(template.Node):
    def __init__(self, nodelist, name, key):
        self.nodelist, self.name, self.key = nodelist, name, key

    def render(self, context):
        generation = context.get("live_generation")
        if generation is None:
            return self.nodelist.render(context)
        return live.cached(
            f"fragment:{self.name.resolve(context)}",
            lambda: self.nodelist.render(context),
            timeout=FRAGMENT_SECONDS,
            key=str(self.key.resolve(context)),
            generation_now=generation,
        )
