"""pipeline/language.py: English or not, from function words and scripts (rules/language.yaml)."""

from pathlib import Path

import pytest
import yaml

from pipeline.errors import RuleFileError
from pipeline.language import LanguageRules, detect_language, guess_language
from pipeline.rules import validate_file
from pipeline.settings import Settings

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
BAD = Path(__file__).resolve().parents[1] / "data" / "bad"
RULES_FILE = Settings().rules / "language.yaml"

ENGLISH = (
    "South Korea lost 0.36 AI professionals per 10,000 people last year, ranking 35th out of 38 "
    "OECD countries, according to a report released on Tuesday by the Korea Chamber of Commerce."
)
ENGLISH_WITH_KOREAN_LINE = ENGLISH + "\n연합뉴스\n" + ENGLISH
FRENCH = (
    "Le gouvernement français a annoncé mardi une hausse de 12 % du budget consacré à la recherche. "
    "Selon le ministère, la plupart des fonds iront à l'intelligence artificielle."
)
SPANISH = (
    "El gobierno de España anunció el martes un aumento del 12 % en el presupuesto de investigación. "
    "Según el ministerio, la mayor parte de los fondos se destinará a la inteligencia artificial."
)
INDONESIAN = (
    "Pemerintah Indonesia mengumumkan kenaikan anggaran penelitian sebesar 12 persen pada hari Selasa. "
    "Menurut kementerian, sebagian besar dana akan digunakan untuk kecerdasan buatan dan semikonduktor."
)


@pytest.mark.parametrize(
    "text,expected",
    [
        (ENGLISH, "en"),
        (ENGLISH_WITH_KOREAN_LINE, "en"),
        ("GDP grew 3 percent.", "en"),  # too short to tell, nothing points elsewhere
        ((BAD / "german.txt").read_text(encoding="utf-8"), "de"),
        ((BAD / "korean.txt").read_text(encoding="utf-8"), "ko"),
        (FRENCH, "fr"),
        (SPANISH, "es"),
        (INDONESIAN, "und"),  # Latin script, long enough, no list matches
        ("日本政府は来年度の研究開発予算を増やす方針を決めた。人工知能の分野に重点を置く。", "ja"),
        ("韩国政府决定明年增加研究开发预算，重点投资人工智能领域。", "zh"),
        ("Правительство России увеличит расходы на исследования в следующем году.", "ru"),
        ("أعلنت الحكومة زيادة ميزانية البحث والتطوير في العام المقبل.", "ar"),
        ("", "und"),
        ("2024 10.26 4.23 ... 12%", "und"),
    ],
)
def test_language_detect_language_code(text: str, expected: str) -> None:
    assert detect_language(text)[0] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # 10 tokens, 2 function words ("the", "and"): share 0.2, confidence 0.2 / 0.4
        ("Korea raised the budget and spending grew quickly last year", ("en", 0.5)),
        # 4 of 5 tokens are function words: share 0.8, capped at 1
        ("it is in the budget", ("en", 1.0)),
        ("한국은 인공지능 인재가 부족하다", ("ko", 1.0)),
        ("", ("und", 0.0)),
    ],
)
def test_language_detect_language_confidence(text: str, expected: tuple[str, float]) -> None:
    assert detect_language(text) == expected


def test_language_guess_reports_shares() -> None:
    guess = guess_language("한국 AI is an 연구")  # letters: 4 Hangul of 10; tokens: 2 of 5 function words
    assert (guess.language, guess.english_share, guess.non_latin_share) == ("ko", 0.4, 0.4)


@pytest.mark.parametrize("path", sorted(CORPUS.iterdir()), ids=lambda p: p.name)
def test_language_bundled_corpus_is_english(path: Path) -> None:
    assert detect_language(path.read_text(encoding="utf-8"))[0] == "en"


# -- the rule file is validated on load -------------------------------------------------


def _rules_with(tmp_path: Path, change) -> Path:
    data = yaml.safe_load(RULES_FILE.read_text(encoding="utf-8"))
    change(data)
    path = tmp_path / "language.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def test_language_rules_load() -> None:
    rules = validate_file(RULES_FILE, LanguageRules)
    assert "the" in rules.english_words
    assert [script.language for script in rules.scripts][:3] == ["ko", "zh", "ja"]


@pytest.mark.parametrize(
    "change,message",
    [
        (lambda d: d["english_function_words"].append("the"), "english_function_words: 'the' is listed twice"),
        (lambda d: d["english_function_words"].append("The"), "must be a non-empty lower-case word"),
        (lambda d: d["english_function_words"].insert(3, False), "english_function_words.3: Input should be a valid string"),
        (lambda d: d["thresholds"].update(min_english_share=1.5), "thresholds.min_english_share: Input should be less than or equal to 1"),
        (lambda d: d["thresholds"].pop("min_tokens"), "thresholds.min_tokens: Field required"),
        (lambda d: d.update(colour="blue"), "colour: Extra inputs are not permitted"),
        (lambda d: d["latin"].append("U+0100..U+0041"), "range ends (U+0041) before it starts (U+0100)"),
        (lambda d: d["latin"].append("0041-005A"), "write a range as 'U+XXXX..U+YYYY'"),
        (lambda d: d["scripts"].append({"language": "korean", "ranges": ["U+AC00..U+D7A3"]}), "scripts.9.language"),
        (lambda d: d.update(token_pattern="[a-z"), "token_pattern: Value error, not a valid regular expression"),
        (lambda d: d["decoding"]["candidates"].append("klingon-8"), "'klingon-8' is not a charset Python knows"),
        (lambda d: d["decoding"].update(preferred=["koi8_u"]), "preferred charsets ['koi8_u'] must also be listed"),
        (lambda d: d["latin_languages"].update(en=["the"]), "'en' must be an ISO 639-1 code other than 'en'"),
    ],
)
def test_language_rules_reject_bad_file(tmp_path: Path, change, message: str) -> None:
    path = _rules_with(tmp_path, change)
    with pytest.raises(RuleFileError) as caught:
        validate_file(path, LanguageRules)
    assert str(path) in str(caught.value)
    assert message in str(caught.value)


@pytest.mark.parametrize(
    "content,message",
    [
        ("token_pattern: a\ntoken_pattern: b\n", 'duplicate key'),
        ("token_pattern: [unclosed\n", "invalid YAML"),
    ],
)
def test_language_rules_reject_bad_yaml(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "language.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(RuleFileError, match=message):
        validate_file(path, LanguageRules)


def test_language_rules_missing_file(tmp_path: Path) -> None:
    with pytest.raises(RuleFileError, match="cannot read"):
        validate_file(tmp_path / "language.yaml", LanguageRules)
