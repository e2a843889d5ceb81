"""The Jinja environment of every HTML page: autoescaped, and article text made safe (docs/security.md).

Autoescaping turns markup in article text into text. On top of that every ``{{ value }}`` goes
through ``visible`` (control characters and bidi overrides shown, not acted on), and a URL
becomes a link only through the ``safe_href`` filter (http and https only).
"""

from __future__ import annotations

from jinja2 import pass_eval_context
from jinja2.filters import do_join
from markupsafe import Markup

from ..safe import safe_href, visible


def environment():
    from jinja2 import Environment, PackageLoader, select_autoescape

    env = Environment(loader=PackageLoader("rashomon", "present/templates"), autoescape=select_autoescape(),
                      trim_blocks=True, lstrip_blocks=True, finalize=_finalize)
    env.filters["safe_href"] = safe_href
    env.filters["join"] = _join
    return env


def _finalize(value):
    "Each printed value; Markup was built by our own code from escaped, visible text."
    return visible(value) if isinstance(value, str) and not isinstance(value, Markup) else value


@pass_eval_context
def _join(eval_ctx, values, separator: str = "") -> str:
    "Jinja's join, which escapes each item into Markup (so finalize never sees them): made visible first."
    return do_join(eval_ctx, [_finalize(v) for v in values], separator)
