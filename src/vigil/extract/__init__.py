"""Extract: what every item gets before it is judged.

Language id, normalisation for matching, and the fields (URLs, domains, hashtags,
mentions) pulled out of the text. The original text is never modified: normalised
forms are derived values used for matching and scoring only.
"""

from vigil.extract.fields import Fields, extract_fields
from vigil.extract.lang import detect_language, detect_languages
from vigil.extract.normalize import normalize, normalize_arabic

__all__ = [
    "Fields",
    "detect_language",
    "detect_languages",
    "extract_fields",
    "normalize",
    "normalize_arabic",
]
