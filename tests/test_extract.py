"""Extract: language id, normalisation for matching, and the fields pulled out of a text."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vigil.extract import detect_language, detect_languages, extract_fields, normalize, normalize_arabic
from vigil.extract.lang import _THREE_LETTERS
from vigil.items import Record
from vigil.pipeline import build_item

# -- language id ---------------------------------------------------------------------------------------

SENTENCES = {
    "en": "The hospital in the city opened a new wing for children yesterday morning.",
    "ar": "افتتح المستشفى في المدينة جناحا جديدا للأطفال صباح أمس",
    "fr": "L'hôpital de la ville a ouvert hier matin une nouvelle aile pour les enfants.",
    "de": "Das Krankenhaus der Stadt hat gestern Morgen einen neuen Flügel für Kinder eröffnet.",
    "ru": "Городская больница вчера утром открыла новое крыло для детей.",
    "tr": "Şehirdeki hastane dün sabah çocuklar için yeni bir bölüm açtı.",
}


@pytest.mark.parametrize("lang", sorted(SENTENCES))
def test_language_of_a_sentence(lang: str) -> None:
    assert detect_language(SENTENCES[lang]) == lang


def test_language_ignores_tweet_furniture() -> None:
    # URLs, mentions and the RT marker are not language: an English sentence stays English.
    text = "RT @someone_xyz: " + SENTENCES["en"] + " https://example.org/some/path #news"
    assert detect_language(text) == "en"


@pytest.mark.parametrize("text", ["", "ok", "12 34 !!", "   ", "https://x.com/a @abc #d", "🙂🙂🙂"])
def test_too_little_text_is_undetermined(text: str) -> None:
    assert detect_language(text) == "und"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab é ж ع 1 _ . 🙂 \u0301 \u200b ٣ \n"), max_size=12))
def test_three_letter_rule_counts_letters(text: str) -> None:
    # the early-stopping pattern says exactly "at least three letters (a \w that is no digit or _)"
    letters = sum(1 for ch in text if re.fullmatch(r"[^\W\d_]", ch))
    assert bool(_THREE_LETTERS.search(text)) == (letters >= 3)


def test_detect_languages_keeps_order() -> None:
    langs = sorted(SENTENCES)
    assert detect_languages([SENTENCES[code] for code in langs] + ["ok"]) == [*langs, "und"]


# -- normalisation -------------------------------------------------------------------------------------


def test_arabic_tatweel_and_diacritics_removed() -> None:
    assert normalize_arabic("الدَّوْلَـــةُ") == "الدوله"
    assert normalize_arabic("جِهَادٌ") == "جهاد"
    assert "\u0640" not in normalize_arabic("خـــلافـــة")


@pytest.mark.parametrize(
    ("variant", "unified"),
    [
        ("أمة", "امه"),  # alef with hamza above; ta marbuta
        ("إسلام", "اسلام"),  # alef with hamza below
        ("آمن", "امن"),  # alef with madda
        ("ٱلله", "الله"),  # alef wasla
        ("إلى", "الي"),  # alef maksura -> ya
        ("فی", "في"),  # farsi ya -> arabic ya
        ("دولة", "دوله"),  # ta marbuta -> ha
    ],
)
def test_arabic_letter_forms_unified(variant: str, unified: str) -> None:
    assert normalize_arabic(variant) == unified


def test_same_word_spelled_differently_matches() -> None:
    spellings = ["الدولة الإسلامية", "الدولـــة الاسلاميه", "الدَّوْلَةُ الإِسْلامِيَّةُ", "ﺍﻟﺪﻭﻟﺔ ﺍﻻﺳﻼﻣﻴﺔ"]
    assert len({normalize(s) for s in spellings}) == 1


def test_nfkc_casefold_and_spaces() -> None:
    assert normalize("ＦＵＬＬ\u3000ｗｉｄｔｈ") == "full width"
    assert normalize("  Ligature ﬁre\n\tand\u00a0space ") == "ligature fire and space"
    assert normalize("①") == "1"


def test_original_text_is_kept_untouched(tmp_path) -> None:
    original = "  الدَّوْلَـــةُ  ＦＵＬＬ ﬁre\n#الخلافة @Someone  "
    record = Record(text=original, source=str(tmp_path / "x.jsonl"), locator="line 1")
    item = build_item(record)
    assert item.text == original
    assert normalize(original) != original


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_normalize_is_idempotent(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet=st.characters(min_codepoint=0x0600, max_codepoint=0x06FF) | st.sampled_from(" \u0640"))
)
def test_normalize_arabic_is_idempotent(text: str) -> None:
    once = normalize_arabic(text)
    assert normalize_arabic(once) == once
    assert "\u0640" not in once
    assert not any(unicodedata.category(ch) == "Mn" and "\u064b" <= ch <= "\u065f" for ch in once)


# -- fields --------------------------------------------------------------------------------------------


def test_urls_and_domains() -> None:
    f = extract_fields("Read https://www.Example.com/path?q=1). Mirror: www.foo.org, and http://t.co/abc...")
    assert f.urls == ["https://www.Example.com/path?q=1", "www.foo.org", "http://t.co/abc"]
    assert f.domains == ["example.com", "foo.org", "t.co"]


def test_url_trailing_punctuation_stripped() -> None:
    for tail in [".", ",", ";", ":", "!", "?", ")", "]", "'", '"', "…", "!!", ")."]:
        assert extract_fields(f"see https://justpaste.it/abc{tail}").urls == ["https://justpaste.it/abc"], (
            tail
        )


@pytest.mark.parametrize("text", ["cut short https://…", "see https:// here", "http://. then"])
def test_a_url_without_a_host_is_not_a_link(text: str) -> None:
    assert extract_fields(text).urls == [] and extract_fields(text).domains == []


def test_urls_deduplicated_in_order() -> None:
    f = extract_fields("a https://b.org/1 c https://a.org/2 d https://b.org/1")
    assert f.urls == ["https://b.org/1", "https://a.org/2"]
    assert f.domains == ["b.org", "a.org"]


def test_hashtags_any_script_lowercased() -> None:
    f = extract_fields("#الدولة_الإسلامية باقية #Khilafah, #ISIS! #Дагестан #خـــلافة")
    assert f.hashtags == ["الدولة_الإسلامية", "khilafah", "isis", "дагестан", "خـــلافة"]


def test_mentions_not_emails() -> None:
    f = extract_fields("RT @Someone: write to a.b@example.com or info@site.org, cc @other_1!")
    assert f.mentions == ["someone", "other_1"]
    assert "example" not in f.mentions and "site" not in f.mentions


def test_hashtag_inside_url_is_not_a_hashtag() -> None:
    f = extract_fields("https://example.org/page#section and #real")
    assert f.hashtags == ["real"]
    assert f.urls == ["https://example.org/page#section"]


def test_html_entity_is_not_a_hashtag() -> None:
    assert extract_fields("fish &#38; chips").hashtags == []


def test_no_fields() -> None:
    f = extract_fields("just words, nothing else")
    assert (f.urls, f.domains, f.hashtags, f.mentions) == ([], [], [], [])


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.text(),
            st.sampled_from(
                ["http://", "https://", "www.", "#", "@", "[", "]", "::", "%", ".", " ", "\u200f"]
            ),
        ),
        max_size=12,
    ).map("".join)
)
def test_extract_fields_never_raises(text: str) -> None:
    f = extract_fields(text)
    for value in (*f.urls, *f.hashtags, *f.mentions):
        assert value and not any(ch.isspace() for ch in value)
    assert len(f.urls) == len(set(f.urls))
