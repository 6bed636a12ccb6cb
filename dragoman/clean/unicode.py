"""Unicode normalisation, done once before any other cleaning so later offsets never move.

Mojibake is repaired with ftfy (`Ã©` → `é`), HTML entities left by scrapers are decoded, typographic
apostrophes and quotes become ASCII (`d’État` → `d'État`, `“x”` → `"x"`; French guillemets stay), the
spaces of typography (NBSP, narrow NBSP, thin and figure spaces) become plain spaces, and invisible
characters (zero-width spaces and joiners, soft hyphens, BOMs) are dropped. The result is NFC.
"""

from __future__ import annotations

import re
import unicodedata

import ftfy

_TRANSLATE = str.maketrans(
    {
        **dict.fromkeys("‘’‚‛′`", "'"),
        **dict.fromkeys("“”„‟″", '"'),
        **dict.fromkeys(
            "\u00a0\u202f\u2007\u2008\u2009\u200a\u2002\u2003\u2004\u2005\u2006\u205f\u3000", " "
        ),
        **dict.fromkeys("\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f", None),
        "\u2028": "\n",
        "\u2029": "\n",
        "\r": None,
        "\t": " ",
    }
)
# Control characters other than newline: never meaningful in news text.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SPACES = re.compile(r"[ ]{2,}")
_ENTITY = re.compile(r"&(?:#\d{2,6}|#x[0-9a-fA-F]{2,5}|[a-zA-Z]{2,8});")
# What ftfy would leave as it is, and need not read (it costs a millisecond an article): text of ASCII, Latin-1
# and Latin Extended-A letters and Windows-1252 punctuation, with no line break but "\n", no control, and no
# mojibake. Mojibake of UTF-8 read as Latin-1 or Windows-1252 is a lead byte's letter (Â-ô) before a
# continuation byte's character (the upper half of Latin-1, or the Windows-1252 punctuation): "Ã©", "â€™";
# "Ã" and "Â" before anything ("Ã " is an "à" whose no-break space was lost).
_CONTINUATION = "\u00a0-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"
_FTFY_NEEDED = re.compile(
    rf"[^\t\n\x20-\x7e\u00a0-\u017f{_CONTINUATION}]|[\u00c2\u00c3]|[\u00c4-\u00f4][{_CONTINUATION}]"
)
_CONFIG = ftfy.TextFixerConfig(
    unescape_html=False,
    uncurl_quotes=False,
    fix_line_breaks=True,
    normalization="NFC",
    explain=False,
)


def normalize(text: str) -> str:
    """`text` with mojibake repaired and the typography of news normalised (see the module notes)."""
    if _ENTITY.search(text):
        import html

        text = html.unescape(text)
    if not text.isascii() and _FTFY_NEEDED.search(text):
        text = ftfy.fix_text(text, _CONFIG)
    text = _CONTROL.sub("", text.translate(_TRANSLATE))
    text = _SPACES.sub(" ", text)
    return unicodedata.normalize("NFC", text)
