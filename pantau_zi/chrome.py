"""Streamlit's own interface words (skip link, sidebar and toolbar buttons, widget aria-labels) in our language.

Streamlit has no translations and no option for most of these, so a small script in the page rewrites them:
each is a catalogue entry whose English is Streamlit's exact text. The script gets patterns from the other
language to the chosen one, so a switch back to English also undoes the Indonesian it wrote.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from pantau_zi.i18n import CATALOGUE, LANGUAGES, t

SCRIPT = Path(__file__).resolve().parent / "static" / "streamlit_words.js"
WORD_KEYS = tuple(key for key in CATALOGUE if key.startswith("streamlit."))
_PLACEHOLDER = re.compile(r"\{(\w+)\}")


def _pattern(template: str) -> str:
    """A whole-string regular expression (JavaScript syntax) matching the template with any text in its slot."""
    parts = _PLACEHOLDER.split(template)
    return "^" + "".join(re.escape(part) if index % 2 == 0 else "(.+)" for index, part in enumerate(parts)) + "$"


def _replacement(template: str) -> str:
    return _PLACEHOLDER.sub("$1", template.replace("$", "$$"))


def word_patterns(lang: str) -> list[tuple[str, str]]:
    """(pattern, replacement) pairs turning Streamlit's words in any other language into lang's."""
    pairs = []
    for key in WORD_KEYS:
        wanted = t(key, lang)
        for other in LANGUAGES:
            if other != lang and t(key, other) != wanted:
                pairs.append((_pattern(t(key, other)), _replacement(wanted)))
    return pairs


def word_script_body(lang: str) -> str:
    """The script that keeps Streamlit's words in lang as the page changes (the server allows it by its hash)."""
    return f"{SCRIPT.read_text(encoding='utf-8')}\npantauWords({json.dumps(word_patterns(lang))});"


def word_script(lang: str) -> str:
    """The script tag of word_script_body."""
    return f"<script>{word_script_body(lang)}</script>"
