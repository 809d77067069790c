"""Find the numbers written in a text and parse them: "$1.39 billion" -> 1.39e9 USD.

Pure text in, Quantity out: no spaCy here, so the parser is fast and property-testable.
Deciding whom a number is about and what it measures is claims.py's job; this module
only says what is written: value, unit, qualifier, sign, and whether the number is an
ordinal, a year or something that is never a figure (a duration, an age, a rate base).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Literal

from .models import Qualifier
from .patterns import one_of
from .rules import NumberRules, CueRules

QuantityKind = Literal["figure", "ordinal", "year", "excluded"]


@dataclass(frozen=True, slots=True)
class Quantity:
    start: int
    end: int
    text: str
    value: float
    precision: float
    kind: QuantityKind
    unit: str | None = None  # currency code, "percent" or "percentage_points"; None when bare
    qualifier: Qualifier = "exact"
    value_max: float | None = None
    factor: float = 1.0  # the scale written with it: 1e9 for "billion"
    word_form: bool = False  # written in words ("eight", "ninth")
    num_start: int = 0  # where the digits or number word begin (after currency and sign)
    list_start: int | None = None  # where the list it continues begins: the 4.7 of "rose 4.7% and 6.1%"


#: a basis point in percentage points
BASIS_POINT = 0.01
#: a cent in its currency
HUNDREDTH = 0.01
#: a two-digit fiscal year below this is of the 2000s ("FY21"), else of the 1900s ("FY99")
TWO_DIGIT_YEAR_PIVOT = 50

# Western grouping ("706,000"), Indian grouping ("1,27,381": lakhs and crores) and plain digits
_DIGITS = r"\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"


class QuantityParser:
    """Built once from rules/numbers.yaml and rules/cues.yaml; `find` is called per text."""

    def __init__(self, numbers: NumberRules, cues: CueRules) -> None:
        self.numbers = numbers
        self.scale_factor: dict[str, float] = {}
        attached: list[str] = []
        free: list[str] = []
        for scale in numbers.scales:
            for word in scale.words:
                self.scale_factor[word] = scale.factor
                self.scale_factor.setdefault(word.lower(), scale.factor)
                attached.append(word)
                if not scale.attached_only:
                    self.scale_factor[word.lower()] = scale.factor
                    free.append(word)
        tens_units = [
            f"{tens}-{unit}"
            for tens, tv in numbers.number_words.items()
            if tv in range(20, 100, 10)
            for unit, uv in numbers.number_words.items()
            if 1 <= uv <= 9
        ]
        self.word_values = {w.lower(): v for w, v in numbers.number_words.items()}
        for phrase in tens_units:
            tens, unit = phrase.split("-")
            self.word_values[phrase] = self.word_values[tens] + self.word_values[unit]
        self.ordinal_values = {w.lower(): v for w, v in numbers.ordinal_words.items()}
        suffixes = "|".join(numbers.ordinal_suffixes)
        # a currency written in letters may be glued to the digits ("KRW777.2 billion", "Rs.500");
        # one test of the character before, a code's last, spares a lookbehind per code at
        # every position inside a word
        codes = [code for code in numbers.currencies.before if code[-1].isalpha() or code[-1] == "."]
        last_chars = "".join(sorted({re.escape(code[-1]) for code in codes}))
        glued = "|".join(rf"(?<=\b{re.escape(code)})" for code in codes)
        glued_code = rf"|(?<=[{last_chars}])(?:{glued})" if codes else ""
        self.measure_of = {form: unit for unit, forms in numbers.measures.items() for form in forms}
        glued_units = one_of([form for form in self.measure_of if " " not in form and "-" not in form])
        hundredths = numbers.currencies.hundredths
        self.core = re.compile(
            rf"(?:(?<![\w.,/]){glued_code})(?:(?P<sign>[-+−])(?=\d))?(?:"
            rf"(?P<digits>{_DIGITS})(?:(?P<ordsuf>{suffixes})(?![A-Za-z])|(?P<gunit>(?-i:{glued_units}))(?![A-Za-z])"
            rf"|(?P<gsub>(?-i:{one_of(list(hundredths))}))(?![A-Za-z])"
            rf"|(?P<att>{one_of(attached)})(?![A-Za-z]))?"
            rf"|(?P<word>{one_of(list(self.word_values), word_end=True)})"
            rf"|(?P<ordword>{one_of(list(self.ordinal_values), word_end=True)})"
            rf")(?![\w])(?!\.\d)(?!:\d)",
            re.IGNORECASE,
        )
        self.fiscal_year = re.compile(
            rf"(?<![\w]){one_of(numbers.fiscal_year_prefixes, case_sensitive=True)}[ '’]?(?P<year>\d{{4}}|\d{{2}})(?![\w])"
        )
        self.scale_after = re.compile(rf"[ \u00a0]+(?P<scale>{one_of(free, word_end=True)})", re.IGNORECASE)
        self.currency_after = re.compile(
            rf"[ \u00a0]+(?P<cur>{one_of(list(numbers.currencies.after), word_end=True)})"
        )
        self.hundredths_after = re.compile(
            rf"[ \u00a0]+(?P<sub>{one_of([name for name in hundredths if len(name) > 1], word_end=True)})"
        )
        self.measure_after = re.compile(rf"[ \u00a0]+(?P<measure>{one_of(list(self.measure_of), word_end=True)})")
        self.percent_forms = frozenset(form.lower() for form in numbers.percent)
        self.percent_after = re.compile(rf"[ \u00a0]?(?P<pct>{one_of(numbers.percent, word_end=True)})", re.IGNORECASE)
        self.points_after = re.compile(
            rf"[ \u00a0]+(?P<pp>{one_of(numbers.percentage_points, word_end=True)})", re.IGNORECASE
        )
        self.basis_points_after = re.compile(
            rf"[ \u00a0]+(?P<bp>{one_of(numbers.basis_points, word_end=True)})", re.IGNORECASE
        )
        self.currency_before = re.compile(
            rf"(?P<cur>{one_of(list(numbers.currencies.before))})[ \u00a0]?$"
        )
        self.negative_before = re.compile(rf"\b(?:{one_of(numbers.negative_before, word_end=True)})[ \u00a0]+$", re.IGNORECASE)
        qualifier_alts = {
            phrase.lower(): qualifier for qualifier, phrases in numbers.qualifiers.items() for phrase in phrases
        }
        self.qualifier_of = qualifier_alts
        self.qualifier_before = re.compile(
            rf"\b(?P<q>{one_of(list(qualifier_alts), word_end=True)})[ \u00a0]+$", re.IGNORECASE
        )
        durations = one_of(cues.durations, word_end=True)
        any_joiner = one_of([*numbers.range_joiners, *numbers.opened_range_joiners])
        # "17 years", and the first end of an age or time span: "16-24 year-olds", "15 to 29
        # years", "18- to 20-year-olds"
        self.duration_after = re.compile(
            rf"(?:[-‑]?[ \u00a0]*(?:{any_joiner})[ \u00a0]*\d+)?[ \u00a0-]?(?:{durations})", re.IGNORECASE
        )
        self.plain_years = re.compile(r"[ \u00a0]+years?(?![\w-])(?![ \u00a0]+(?:old|ago)\b)", re.IGNORECASE)
        self.age_before = re.compile(
            rf"\b{one_of(cues.age_words)}[ \u00a0]+(?:between[ \u00a0]+)?(?:\d+[ \u00a0]*(?:{any_joiner})[ \u00a0]*)?$",
            re.IGNORECASE,
        )
        months = one_of([name for names in cues.years.months for name in names])
        self.month_before = re.compile(rf"(?<![\w.])(?:{months})[ \u00a0]+$")
        self.month_after = re.compile(rf"[ \u00a0]+(?:{months})(?![\w])")
        self.time_before = re.compile(r"\d:$")
        self.place_number_before = re.compile(rf"(?<![\w.]){one_of(numbers.place_number_before, case_sensitive=True)}[ \u00a0]+$")
        self.rate_base_before = re.compile(r"\bper[ \u00a0]+$", re.IGNORECASE)
        # "($1 = 1,318.9000 won)": both sides of an exchange rate are no figures
        self.exchange_rate_after = re.compile(r"[ \u00a0]*=")
        self.exchange_rate_before = re.compile(r"=[ \u00a0]*$")
        self.fraction_after = re.compile(rf"[-‑ \u00a0]{one_of(numbers.fraction_words, word_end=True)}", re.IGNORECASE)
        self.fraction_article_before = re.compile(
            rf"(?<![\w]){one_of(numbers.fraction_articles, word_end=True)}[-‑ \u00a0]$", re.IGNORECASE
        )
        self.glued_to_name = re.compile(r"\w[-‑]$")
        # "60-kg bags", "three-star hotels": a number hyphened to a word before a noun
        # describes the noun (its size, its class); it counts nothing
        self.compound_modifier = re.compile(r"[-‑][A-Za-z]+(?:[-‑][A-Za-z]+)*[ \u00a0]+[A-Za-z]")
        self.range_join = re.compile(rf"^[ \u00a0]*{one_of(numbers.range_joiners)}[ \u00a0]*$")
        self.opened_range_join = {
            re.compile(rf"^[ \u00a0]*{re.escape(joiner)}[ \u00a0]*$"): re.compile(rf"\b{re.escape(opener)}[ \u00a0]+$", re.IGNORECASE)
            for joiner, opener in numbers.opened_range_joiners.items()
        }
        self.shared_scale_join = re.compile(rf"^[ \u00a0]*{one_of(numbers.shared_scale_joiners)}[ \u00a0]+$")
        # "fell by a record 898,000 to 120.3 million": words may stand between the cue and the figure
        self.change_start = re.compile(rf"\b{one_of(numbers.change_starters)}(?:[ \u00a0]+[a-z]+){{0,2}}[ \u00a0]+$", re.IGNORECASE)

    # -- public ---------------------------------------------------------------------

    def find(self, text: str) -> list[Quantity]:
        """Every number in text, in order, with ranges merged into one Quantity."""
        found = [q for m in self.core.finditer(text) if (q := self._parse(text, m)) is not None]
        fiscal = [self._fiscal_year(m) for m in self.fiscal_year.finditer(text)]
        found = [q for q in found if not any(f.start <= q.start < f.end for f in fiscal)] + fiscal  # "FY 2011" once
        disjoint: list[Quantity] = []
        for quantity in sorted(found, key=lambda q: q.start):
            if not disjoint or quantity.start >= disjoint[-1].end:  # the "60" of "54.2 million 60-kg bags" is its unit's
                disjoint.append(quantity)
        return self._join_lists(text, self._merge_ranges(text, disjoint))

    def label_unit(self, label: str) -> tuple[str | None, float]:
        """The unit and scale a table header gives its bare figures in brackets: "(million)" ->
        (None, 1e6), "(%)" -> ("percent", 1), "(€/litre)" -> ("EUR", 1), "($bn)" -> ("USD", 1e9),
        "(EJ)" -> ("EJ", 1). (None, 1.0) when it gives none."""
        bracket = re.search(r"\(([^()]*)\)", label)
        if bracket is None:
            return None, 1.0
        main = re.split(r"/| per | a | an ", bracket.group(1))[0].strip()  # "€/litre": euros, per litre
        unit: str | None = None
        factor = 1.0
        code = next((c for c in sorted(self.numbers.currencies.before, key=len, reverse=True) if main.startswith(c)), None)
        if code is not None:
            unit, main = self.numbers.currencies.before[code], main[len(code) :].strip()
        for word in main.split():
            if word in self.scale_factor or word.lower() in self.scale_factor:
                factor = self.scale_factor.get(word) or self.scale_factor[word.lower()]
            elif word.lower() in self.percent_forms:
                unit = "percent"
            elif word in self.measure_of:
                unit = self.measure_of[word]
            elif word in self.numbers.currencies.after:
                unit = self.numbers.currencies.after[word]
        if main.lower() in self.percent_forms:
            unit = "percent"
        return unit, factor

    # -- parsing --------------------------------------------------------------------

    def _parse(self, text: str, match: re.Match[str]) -> Quantity | None:
        start, end = match.start(), match.end()
        num_start = start + (1 if match.group("sign") else 0)
        before = text[max(0, start - 40) : start]
        if self.glued_to_name.search(before) and not match.group("sign"):
            return None  # "GPT-4", "EB-1", "MATH-500": part of a name
        if match.group("sign") and self.glued_to_name.search(before + match.group("sign")):
            return None
        if match.group("ordsuf") or match.group("ordword"):
            if match.group("ordword") and self.fraction_article_before.search(before) and text.startswith(" of", end):
                return None  # "a third of the total"
            return self._ordinal(text, match)
        if match.group("word"):
            if self.fraction_after.match(text, end):
                return None  # "two-thirds"
            raw = match.group("word").lower()
            if match.group("word")[0].isupper() and re.search(r"[^\s.!?:\"“'‘(\[-][ \u00a0]*$", before):
                return None  # capitalised inside a sentence, a number word is part of a name: "the Group of Seven"
            value = Decimal(self.word_values[raw])
            decimals = 0
            word_form = True
        else:
            raw = match.group("digits").replace(",", "")
            if re.match(r"0\d", raw):
                return None  # "03" in a date or a code, never a figure
            value = Decimal(raw)
            decimals = -value.as_tuple().exponent if "." in raw else 0  # type: ignore[operator]
            word_form = False
        factor = 1.0
        unit: str | None = None
        tail = end
        if match.group("gunit"):
            unit = self.measure_of[match.group("gunit")]
            factor = self.numbers.scaled_measures.get(match.group("gunit"), factor)
        elif match.group("gsub"):  # "132.6p"
            unit = self.numbers.currencies.hundredths[match.group("gsub")]
            factor = HUNDREDTH
        elif match.group("att"):
            glued = match.group("att")  # matched case-insensitively: "$5BN", "€14Bn"
            factor = self.scale_factor.get(glued) or self.scale_factor[glued.lower()]
        elif m := self.scale_after.match(text, tail):
            factor = self.scale_factor[m.group("scale").lower()]
            tail = m.end()
        if m := self.currency_before.search(before):
            unit = self.numbers.currencies.before[m.group("cur")]
            start = start - (len(before) - m.start())
            before = before[: m.start()]
        elif m := self.currency_after.match(text, tail):
            unit = self.numbers.currencies.after[m.group("cur")]
            tail = m.end()
        elif unit is None and (m := self.hundredths_after.match(text, tail)):  # "41 cents"
            unit = self.numbers.currencies.hundredths[m.group("sub")]
            factor *= HUNDREDTH
            tail = m.end()
        if unit is None:
            if m := self.basis_points_after.match(text, tail):
                unit = "percentage_points"
                factor = BASIS_POINT
                tail = m.end()
            elif m := self.points_after.match(text, tail):
                unit = "percentage_points"
                tail = m.end()
            elif m := self.percent_after.match(text, tail):
                unit = "percent"
                tail = m.end()
            elif m := self.measure_after.match(text, tail):
                unit = self.measure_of[m.group("measure")]
                factor *= self.numbers.scaled_measures.get(m.group("measure"), 1.0)
                tail = m.end()
        sign = -1 if match.group("sign") in ("-", "−") else 1
        if m := self.negative_before.search(before):
            sign = -1
            before = before[: m.start()]
        qualifier: Qualifier = "exact"
        if m := self.qualifier_before.search(before):
            qualifier = self.qualifier_of[m.group("q").lower()]  # type: ignore[assignment]
        scaled = float(value * Decimal(repr(factor)) * sign)  # exact: 41 cents is 0.41, not 0.41000000000000003
        precision = float(Decimal(1).scaleb(-decimals)) * factor
        kind: QuantityKind = "figure"
        is_year = (
            unit is None
            and factor == 1.0
            and not word_form
            and decimals == 0
            and "," not in match.group("digits")
            and sign == 1
            and not match.group("sign")
            and self.numbers.year_span.min <= value <= self.numbers.year_span.max
        )
        if unit is None and factor == 1.0 and (years := self.plain_years.match(text, tail)):
            unit, tail = "years", years.end()  # "84.5 years": a duration, a figure only of a metric counted in years
        if (
            self.duration_after.match(text, tail)
            or self.rate_base_before.search(before)
            or self.exchange_rate_after.match(text, tail)
            or self.exchange_rate_before.search(before)
            or (self.month_before.search(before) and not is_year)  # "April 17", but "January 2025" is a year
            or self.month_after.match(text, tail)
            or self.time_before.search(before)
            or self.age_before.search(before)
            or (unit is None and factor == 1.0 and self.compound_modifier.match(text, tail))
        ):
            kind = "excluded"
        elif unit is None and factor == 1.0 and decimals == 0 and sign == 1 and self.place_number_before.search(before):
            kind, unit = "ordinal", "rank"  # "ranked 6 out of 62": a place
        elif is_year:
            kind = "year"
        return Quantity(
            start=start,
            end=tail,
            text=text[start:tail],
            value=scaled,
            precision=precision,
            kind=kind,
            unit=unit,
            qualifier=qualifier,
            factor=factor,
            word_form=word_form,
            num_start=num_start,
        )

    @staticmethod
    def _fiscal_year(match: re.Match[str]) -> Quantity:
        """"FY21" is the year 2021, "FY99" 1999."""
        digits = match.group("year")
        year = int(digits) if len(digits) == 4 else int(digits) + (2000 if int(digits) < TWO_DIGIT_YEAR_PIVOT else 1900)
        return Quantity(
            start=match.start(),
            end=match.end(),
            text=match.group(0),
            value=float(year),
            precision=1.0,
            kind="year",
            num_start=match.start("year"),
        )

    def _ordinal(self, text: str, match: re.Match[str]) -> Quantity:
        if match.group("ordword"):
            value = self.ordinal_values[match.group("ordword").lower()]
            word_form = True
        else:
            value = int(match.group("digits").replace(",", "").split(".")[0])
            word_form = False
        return Quantity(
            start=match.start(),
            end=match.end(),
            text=match.group(0),
            value=float(value),
            precision=1.0,
            kind="ordinal",
            unit="rank",
            word_form=word_form,
            num_start=match.start(),
        )

    def _merge_ranges(self, text: str, found: list[Quantity]) -> list[Quantity]:
        """Join "82 to 92 percent" into one quantity with value 82 and value_max 92."""
        merged: list[Quantity] = []
        for quantity in found:
            prev = merged[-1] if merged else None
            if (
                prev is not None
                and prev.kind == quantity.kind == "figure"
                and prev.value_max is None
                and self._joins_range(text, prev, quantity)
                and (prev.unit is None or prev.unit == quantity.unit)
                and prev.value * (low_factor := quantity.factor if prev.factor == 1.0 else 1.0) < quantity.value
                and not self._starts_change(text, prev)
            ):
                merged[-1] = replace(
                    prev,
                    end=quantity.end,
                    text=text[prev.start : quantity.end],
                    unit=quantity.unit,
                    value=prev.value * low_factor,
                    precision=min(prev.precision * low_factor, quantity.precision),
                    factor=quantity.factor,
                    value_max=quantity.value,
                )
                continue
            merged.append(quantity)
        return merged

    def _join_lists(self, text: str, found: list[Quantity]) -> list[Quantity]:
        """"80.8 and 77.2 million tonnes": a listed figure without a scale or unit takes those of
        the figure the list ends with; each figure after the first records where the list starts,
        and so does each place of a list of places ("fifth and sixth")."""
        listed = list(found)
        joined = [
            first.kind == then.kind in ("figure", "ordinal") and self.shared_scale_join.match(text[first.end : then.start]) is not None
            for first, then in zip(listed, listed[1:])
        ]
        for i in range(len(listed) - 2, -1, -1):
            first, then = listed[i], listed[i + 1]
            if joined[i] and first.value_max is None and first.unit in (None, then.unit):
                factor = then.factor if first.factor == 1.0 else 1.0
                listed[i] = replace(
                    first, unit=then.unit, value=first.value * factor, precision=first.precision * factor, factor=first.factor * factor
                )
        for i, (first, then) in enumerate(zip(listed, listed[1:])):
            if joined[i] and first.unit == then.unit:
                listed[i + 1] = replace(then, list_start=first.start if first.list_start is None else first.list_start)
        return listed

    def _joins_range(self, text: str, low: Quantity, high: Quantity) -> bool:
        gap = text[low.end : high.start]
        if self.range_join.match(gap):
            return True
        before = text[max(0, low.start - 20) : low.start]
        return any(joiner.match(gap) and opener.search(before) for joiner, opener in self.opened_range_join.items())

    def _starts_change(self, text: str, quantity: Quantity) -> bool:
        """"from 78,000 to 84,000" and "shrank by 5.2 trillion won to 26.05 trillion won" are
        changes between two values, "between 3 and 4" a range."""
        return bool(self.change_start.search(text, max(0, quantity.start - 20), quantity.start))
