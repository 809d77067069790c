"""Assemble claims: which country each figure is about, what it measures, and when.

One sentence at a time, with a little state carried from the sentence before, because
news continues a list of figures across sentences ("Only Luxembourg (8.73) came close.").
A figure becomes a claim only when a country, a metric and a value are all found; a
figure about a company, a model or a person is dropped, even when a country is nearby.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from decimal import Decimal

from spacy.tokens import Doc, Span, Token

from .countries import ActorMention, CountryFinder, CountryMention, most_named
from .lists import introduces_list, ranked_list_markers
from .metrics import MetricFinder, MetricHit, OpenWords, noun_chunks, of_phrase, open_metric, phrase_metric, snake_case
from .models import Claim, Document
from .patterns import one_of
from .quantities import Quantity, QuantityParser
from .rules import RuleSet
from .tables import Cell, Table, find_tables
from .years import UNKNOWN as UNKNOWN_YEAR
from .years import Period, YearEvidence, YearResolver


#: added to the distance of a metric phrase in another clause than the figure
CLAUSE_PENALTY = 1000
#: how far up the parse a figure looks for its verb
MAX_HEAD_STEPS = 10
#: the opening sentences with figures, whose year is the one the article reports on
LEAD_SENTENCES = 3
#: how a year stated in a sentence itself was found
STATED = frozenset({"explicit", "relative", "relative_to_edition"})
#: how many sentences without figures a metric context survives
MAX_CONTEXT_AGE = 3
#: how an open-vocabulary metric is named: by the figure's noun phrase, its sentence's subject, its verb
OPEN_RULES = frozenset({"open", "subject", "verb"})
#: what joins the members of a list: "India, Thailand and Malaysia", "the U.S. or the UK"
_COORDINATION = re.compile(r"\s*(?:,|,?\s+and|,?\s+or)\s+(?:the\s+)?")
#: how a share of another metric is named: rnd_budget_share_of_gdp, "... as a share of GDP"
SHARE_OF, SHARE_OF_LABEL = "_share_of_", " as a share of "


@dataclass(frozen=True, slots=True)
class MetricChoice:
    id: str
    label: str
    unit: str
    rule: str  # how it was chosen: "vocabulary", "narrowed", "context", "open", "subject" (open, named by the subject) or "verb" (open, named by the verb acting on it)


@dataclass(frozen=True, slots=True)
class ChosenMetric:
    metric: MetricChoice
    reach: int  # end of the figure or of the metric phrase after it that it took ("4.12 percent of GDP")


@dataclass(slots=True)
class Context:
    """What a sentence hands to the next one when that one continues its figures."""

    metric: MetricChoice | None = None
    year: int | None = None
    year_text: str | None = None
    rate: str | None = None
    attribution: str | None = None
    period: Period | None = None  # "between 2019 and 2021", for a later "over the same period"
    country: CountryMention | None = None  # whom the last claim was about, for "That puts it at 35th"
    age: int = 0  # sentences passed since the metric was named
    own_year: bool = False  # the year was stated in the sentence before, not carried into it
    year_alone: bool = False  # the year came from a sentence without figures ("Comparisons are only available for 2022")
    ranking: MetricChoice | None = None  # the ranking (a metric counted in places) named with the metric
    placed: MetricChoice | None = None  # the first ranking a country was placed in, whose parts later places may be in
    money: MetricChoice | None = None  # the last metric an amount measured, for amounts listed after a count
    goods: tuple[str, str] | None = None  # (unit, what) the last physical amount was of: ("tonnes", "wheat")


@dataclass(slots=True)
class Lead:
    """The year the article's opening reports on.

    The opening is the first LEAD_SENTENCES sentences that carry figures (page furniture
    above the story has none). Its year is the latest it states: earlier ones are background
    ("Output had grown 1.8% in 2022") or an older figure given first ("in 2022, Korea had
    10.26 AI patents ... reaching -0.3 in 2023"). The figures the article goes on to report
    in the past tense, of whatever country, are of that year ("Germany's economy shrank 0.3%
    in 2023. ... France's exports fell 1.4%")."""

    sentences: int = 0
    year: YearEvidence | None = None

    def is_open(self) -> bool:
        return self.sentences < LEAD_SENTENCES

    def note(self, evidence: YearEvidence) -> None:
        """Record a year stated in the opening."""
        if self.year is None or (evidence.year or 0) > (self.year.year or 0):
            self.year = YearEvidence(evidence.year, "context", evidence.text)


class ClaimExtractor:
    """Built once from the rules; `extract` is called per parsed article."""

    def __init__(self, rules: RuleSet) -> None:
        cues = rules.cues
        self.quantities = QuantityParser(rules.numbers, cues)
        self.countries = CountryFinder(rules.countries, cues)
        self.metrics = MetricFinder(rules.metrics)
        self.years = YearResolver(cues.years)
        ws = r"[ \u00a0]+"
        self.rank_before = re.compile(rf"\b(?:{one_of(cues.rank.before)}){ws}(?:[\w-]+{ws}){{0,2}}$", re.IGNORECASE)
        self.rank_after = re.compile(rf"^[ \u00a0-]*(?:[\w-]+{ws}){{0,1}}(?:{one_of(cues.rank.after)})\b", re.IGNORECASE)
        months = one_of([m for names in cues.years.months for m in names])
        self.month_before = re.compile(rf"\b{months}[ \u00a0]*$")
        self.month_after = re.compile(rf"^[ \u00a0]*{months}\b")
        self.month_words = frozenset(m.lower().rstrip(".") for names in cues.years.months for m in names)
        month = rf"(?:{one_of(self.month_words)})\.?"
        # "Published Apr 18, 2024", "5 June 2024": the year of a calendar day, a page's stamp
        self.day_before = re.compile(
            rf"\b(?:{month}[ \u00a0]+\d{{1,2}}(?:st|nd|rd|th)?,?|\d{{1,2}}[ \u00a0]+{month},?)[ \u00a0]+$", re.IGNORECASE
        )
        self.rank_blocked = re.compile(rf"^[ \u00a0-]*(?:{one_of(cues.rank.not_before)})\b", re.IGNORECASE)
        self.rank_field = re.compile(rf"{ws}{one_of(cues.rank.field)}{ws}", re.IGNORECASE)
        self.plan_before = re.compile(
            rf"\b(?:{one_of(cues.plan_before)}){ws}(?:[\w-]+{ws}){{0,2}}$", re.IGNORECASE
        )
        # "536 points in math", "third in both math and science"
        self.domain_after = re.compile(rf"[ \u00a0]+{one_of(cues.domain_links)}[ \u00a0]+", re.IGNORECASE)
        self.label_before = re.compile(rf"\b{one_of(cues.label_words)}{ws}$")  # case as written: "Phase 3", not "phase"
        self.base_noun_after = re.compile(rf"{ws}{one_of(cues.years.base_nouns)}\b", re.IGNORECASE)
        self.addition_words = tuple(cues.change.addition_metric_words)
        self.added_before = re.compile(rf"\b{one_of(cues.change.addition_verbs)}{ws}(?:[\w-]+{ws}){{0,2}}$", re.IGNORECASE)
        self.new_after = re.compile(rf"{ws}of{ws}new\b", re.IGNORECASE)
        self.worth_before = re.compile(rf"\b{one_of(cues.value_words)}{ws}(?:[a-z]+{ws})?$", re.IGNORECASE)
        self.now = re.compile(rf"\b{one_of(cues.years.now_words)}\b", re.IGNORECASE)
        self.peak_before = re.compile(rf"\b{one_of(cues.years.peak_before)}{ws}$", re.IGNORECASE)
        self.shared_place = re.compile(rf"(?:{ws}{one_of(cues.rank.moves)})?{ws}with{ws}(?:the{ws})?")
        self.ranked_for = re.compile(
            rf"(?:{ws}(?:in|among){ws}(?:the{ws})?[A-Z][\w-]*(?:{ws}[A-Z][\w-]*)*)?,?{ws}{one_of(cues.rank.for_links)}{ws}(?:the{ws})?"
        )
        self.not_domains = frozenset(cues.not_domains)
        self.share_of = re.compile(rf"\b{one_of(cues.share_nouns)}[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?$", re.IGNORECASE)
        self.change_header = re.compile(rf"\b{one_of(cues.change.headers)}\b", re.IGNORECASE)
        self.place_header = re.compile(rf"(?:\d{{4}}{ws})?{one_of(cues.rank.headers)}(?:{ws}\d{{4}})?", re.IGNORECASE)
        self.rank_moves = re.compile(rf"^[ \u00a0]+{one_of(cues.rank.moves)}\b", re.IGNORECASE)
        self.denominator_before = re.compile(rf"\b(?:{one_of(cues.denominator_before)}){ws}$", re.IGNORECASE)
        self.denominator_after = re.compile(
            rf"^{ws}(?:[\w-]+{ws})?(?:{one_of(cues.denominator_after)})\b", re.IGNORECASE
        )
        change = cues.change
        # "a fall in deaths": nouns of change (one word) whose object is named in passing
        self.change_nouns = frozenset(w for w in [*change.increase_after, *change.decrease_after] if " " not in w)
        self.decrease_before = re.compile(
            rf"\b(?:(?:{one_of(change.decrease_before)})|(?:{one_of(change.decrease_verbs)})(?:{ws}[\w’'&-]+){{0,6}}{ws}by){ws}(?:[a-z]+{ws})?$",
            re.IGNORECASE,
        )
        self.increase_before = re.compile(
            rf"\b(?:(?:{one_of(change.increase_before)})|(?:{one_of(change.increase_verbs)})(?:{ws}[\w’'&-]+){{0,6}}{ws}by){ws}(?:[a-z]+{ws})?$",
            re.IGNORECASE,
        )
        # "rose 12%", "shrank 0.3%": a verb of change right before a figure with a unit ("fell to 0.72" is a level)
        direct_increase = [verb for verb in change.increase_verbs if verb not in change.fundraising_verbs]
        self.increase_direct = re.compile(rf"\b{one_of(direct_increase)}{ws}(?:(?!to\b|from\b|at\b)[a-z]+{ws})?$", re.IGNORECASE)
        self.decrease_direct = re.compile(rf"\b{one_of(change.decrease_verbs)}{ws}(?:(?!to\b|from\b|at\b)[a-z]+{ws})?$", re.IGNORECASE)
        self.decrease_after = re.compile(rf"^{ws}(?:{one_of(change.decrease_after)})\b", re.IGNORECASE)
        self.increase_after = re.compile(rf"^{ws}(?:{one_of(change.increase_after)})\b", re.IGNORECASE)
        self.anaphoric_det = re.compile(rf"\b(?:{one_of(cues.anaphoric_determiners)}){ws}$", re.IGNORECASE)
        rate_bases = rules.numbers.rate_bases
        self.rate_of = {base.lower(): unit for base, unit in rate_bases.items()}
        self.rate = re.compile(
            rf"\bper{ws}(?P<base>{one_of(list(rate_bases))})\b(?P<counted>(?:{ws}[A-Za-z][\w-]*){{0,2}})", re.IGNORECASE
        )
        source = r"(?:the\s+|a\s+|an\s+)?(?-i:(?P<src>[A-Z][\w.&’'-]*(?:\s+(?:of|for|and|&|on|the|[A-Z0-9][\w.&’'()-]*))*))"
        self.attribution_before = re.compile(rf"\b(?:{one_of(cues.attribution.before)})\s+{source}", re.IGNORECASE)
        year = r"(?:19|20)\d{2}"
        self.report_title = re.compile(
            rf"(?:{year}[ \u00a0]+)?(?:[A-Z][\w&'’.-]*[ \u00a0]+){{1,6}}{one_of(cues.attribution.report_titles)}\b(?:[ \u00a0]+{year}\b)?"
        )
        self.source_anaphor = re.compile(rf"\b{one_of(cues.attribution.anaphora)}\b", re.IGNORECASE)
        self.source_joiners = frozenset(cues.attribution.joiners)
        self.respectively = re.compile(r"\brespectively\b", re.IGNORECASE)
        self.clause_break = re.compile(one_of(cues.clause_breaks), re.IGNORECASE)
        self.allocation_after = re.compile(rf"{ws}(?:[\w-]+{ws}){{0,2}}?{one_of(cues.allocation_after)}\b", re.IGNORECASE)
        self.elaboration = re.compile(rf",{ws}{one_of(cues.elaboration_before)}\b", re.IGNORECASE)
        # a unit is no metric either: "31.0 million bales", "an output of 1.3 million tonnes"
        units = {word.lower() for forms in rules.numbers.measures.values() for form in forms for word in form.split()}
        self.generic_nouns = frozenset(cues.generic_nouns) | units
        # the heading line, then every non-blank line under it
        self.link_list = re.compile(
            rf"^[ \t]*{one_of(cues.link_list_headings)}[ \t]*:?[ \t]*\n(?:[ \t]*\S[^\n]*(?:\n|$))*", re.IGNORECASE | re.MULTILINE
        )
        self.verb_metrics = cues.verb_metrics
        self.verb_purpose = frozenset(cues.verb_purpose_prepositions)
        self.verb_target = frozenset(cues.verb_target_prepositions)
        self.process_nouns = cues.process_nouns
        self.open_words = OpenWords(
            self.generic_nouns, frozenset(cues.open_metric_modifiers), frozenset(cues.counting_nouns), cues.agent_nouns
        )
        self.percent_nouns = frozenset(cues.percent_nouns)
        self.change_metrics = frozenset(m.id for m in rules.metrics.metrics if m.measures_change)
        # what a count measured by a percentage metric counts, and back: "13.3 million people were
        # out of work" is of the unemployed, and the text goes on about the unemployment rate
        self.counted_as = {m.id: _counted_label(m.label, m.counted_as) for m in rules.metrics.metrics if m.unit == "percent"}
        self.rate_of_count = {
            snake_case(label): MetricChoice(m.id, m.label, m.unit, "context")
            for m in rules.metrics.metrics
            if (label := self.counted_as.get(m.id))
        }
        self.negative_words = {
            m.id: re.compile(rf"\b{one_of(m.negative_when)}\b", re.IGNORECASE) for m in rules.metrics.metrics if m.negative_when
        }
        self.group_before = re.compile(
            rf"[ \u00a0]+(?:[\w.-]+[ \u00a0]+){{0,6}}?{one_of(cues.group_prepositions)}[ \u00a0]+(?:the[ \u00a0]+)?", re.IGNORECASE
        )
        # "61 originated from the U.S.", "22,191 in neighboring China"; not across a clause
        # ("fell 1.4% to 1.56 trillion euros as demand from China cooled")
        self.place_after = re.compile(
            rf"\s+(?:(?!{one_of(cues.clause_words)}\b)[\w-]+\s+){{0,5}}?{one_of(cues.place_prepositions)}\s+(?:the\s+)?(?:[a-z][\w-]*\s+)?",
            re.IGNORECASE,
        )
        self.organisation_nouns = frozenset(noun.lower() for noun in cues.organisation_nouns)
        self.reporting_words = frozenset(word.lower() for word in cues.years.reporting_words)
        self.world_words = frozenset(cues.world_words)
        self.shared_currencies = {name.lower(): codes for name, codes in rules.numbers.currencies.shared.items()}
        self.clause_words = frozenset(cues.clause_words)
        self.difference_before = re.compile(rf"\b{one_of(cues.difference_nouns)}[ \u00a0]+between\b", re.IGNORECASE)
        # "with Chile second (253.4 Mbps)", "with Malaysia third at 5.9%": a place between a
        # country and its figure
        numbers = rules.numbers
        self.place_then_figure = re.compile(
            rf"[ \u00a0]+(?:{one_of(list(numbers.ordinal_words), word_end=True)}|\d+(?:{one_of(numbers.ordinal_suffixes)}))"
            rf"(?:[ \u00a0]*\(|[ \u00a0]+at)[ \u00a0]*",
            re.IGNORECASE,
        )
        self.pronoun_subjects = frozenset(word.lower() for word in cues.pronoun_subjects)
        self.percent_of = re.compile(r"[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?(?:(?:country|nation)['’]s[ \u00a0]+|its[ \u00a0]+)?")
        self.back_reference_nouns = frozenset(cues.back_reference_nouns)
        self.forecast_words = frozenset(word.lower() for word in cues.forecast.words)
        self.future_auxiliaries = frozenset(word.lower() for word in cues.forecast.auxiliaries)
        self.people_nouns = frozenset(word.lower() for word in cues.people_nouns)
        self.measure_subjects = frozenset(word.lower() for word in cues.measure_subjects)
        self.components = frozenset(word.lower() for word in cues.rank.components)
        self.component_after = re.compile(rf"[ \u00a0]+{one_of(cues.rank.components)}\b", re.IGNORECASE)

    # -- the article --------------------------------------------------------------------

    def extract(self, doc: Doc, document: Document) -> list[Claim]:
        text = document.text  # doc.text is spaCy's text again, rebuilt token by token on every access
        links = [(m.start(), m.end()) for m in self.link_list.finditer(text)]
        tables = find_tables(text)
        found = [q for q in self.quantities.find(text) if not any(lo <= q.start < hi for lo, hi in links)]
        # a table's cells are read by their row and column (_table_claims), not as prose
        quantities = [q for q in found if not any(t.start <= q.start < t.end for t in tables)]
        mentions, actors = self.countries.find(
            doc, text, self.countries.home_country(document.meta.url), [(q.start, q.end) for q in found]
        )
        mentions = [m for m in mentions if not any(lo <= m.start < hi for lo, hi in [*links, *((t.start, t.end) for t in tables)])]
        actors = [a for a in actors if not self._publishes_ranking(text, a)]
        sentences = list(doc.sents)
        context = Context()
        published = document.meta.published
        edition = self.years.edition_year(text) if published is None else UNKNOWN_YEAR
        release = self.years.ranking_release(text, published)
        edition_named = release.source == "context"  # not only the release day
        claims: list[Claim] = []
        metric_years: dict[str, YearEvidence] = {}
        placed_ranking: MetricChoice | None = None
        main_ranking: MetricChoice | None = None  # the first one placed in, whose domains the article may go through
        article_source: str | None = None
        lead = Lead()
        table_spans = [(t.start, t.end) for t in tables]
        topic = self._topic(sentences[0].text) if sentences else None
        for index, sentence in enumerate(sentences):
            s0, s1 = sentence.start_char, sentence.end_char
            while tables and tables[0].start < s1:  # a table goes on from the text before it
                rows = self._table_claims(document, text, tables.pop(0), found, sentences, context, lead.year)
                dated = next((c for c in rows if c.year_source == "explicit"), None)
                if dated is not None:  # the text after a table of 2023 goes on in 2023
                    context.year, context.year_text, context.own_year = dated.year, dated.year_text, False
                level = next((c for c in rows if c.unit != "rank" and not c.metric.endswith("_change")), None)
                if level is not None:  # ... and about what its values measure
                    context.metric, context.age = self._handed_on(level), 0
                claims += rows
            if any(lo <= s0 < hi for lo, hi in table_spans):
                continue  # a table's rows are read above, and the text goes on after them as before them
            here = [q for q in quantities if s0 <= q.start < s1]
            rate_spans = [(m.start(), m.end()) for m in self.rate.finditer(text[s0:s1])]
            hits = self.metrics.find(text[s0:s1], s0, rate_spans)
            hits = [self._as_ranking_score(h, hits, context.placed or context.ranking) for h in hits]
            own_source = self._attribution(text[s0:s1])
            if own_source is not None:
                article_source = own_source
            elif self.source_anaphor.search(text, s0, s1):
                own_source = article_source  # "The report further highlighted ..."
            attribution = own_source or context.attribution
            years = self.years.data_years(text, [q for q in here if q.kind == "year"])
            # a dateline's year gives way to a year the sentence gives its figures; alone it says "now"
            # "returning to 2019 levels": a past level to compare with, the data year of nothing else
            levels = [y for y in years if self.base_noun_after.match(text, y.end)]
            years = [y for y in years if y not in levels]
            undated = [y for y in years if not self._in_dateline(text, s0, y)]
            # ... and so does "last year" ("MADRID, Feb. 22, 2024 – Spain recorded 49.4 donors per million last year")
            years = undated if undated or self.years.names_relative_year(text, (s0, s1), here) else years
            rate = self._rate(text[s0:s1]) or (None if hits else context.rate)
            continuing = not hits and context.metric is not None
            refers_back = self._refers_back(sentence)
            sentence_mentions = [m for m in mentions if s0 <= m.start < s1]
            sentence_actors = [  # spaCy's ORG on "KRW" in "KRW 705.1 billion" names no owner
                a
                for a in actors
                if s0 <= a.start < s1
                and not any(q.start < a.end and a.start < q.end for q in here)
                and not _is_class(sentence, a)
                and not (any(m.start < a.start for m in sentence_mentions) and self._says_aside(sentence, a))
            ]
            figures = [
                q
                for q in here
                if (self._is_claimable(text, q) or _lists_places(text, q, here))
                and not _restates(text, q, here)
                and not self._is_forecast(sentence, q)
                and not self._elides_period(text, q, here)
                and not _is_age_after_name(text, q, sentence_mentions)
                and (q.unit != "years" or self._counts_years(hits, context))
            ]
            # of two years, one in a clause aside without figures dates nothing: spaCy attaches too
            # many a sentence's only year ("did not develop ... models that underpin ... in 2022") to one;
            # but not a clause set off to tell of a country ("Argentina, which adopted an opt-out law in 2018,")
            years = [y for y in years if not _in_aside(sentence, y, figures)] or [
                y for y in years if not _tells_of_country(text, sentence, y, sentence_mentions)
            ]
            # "97 per 100,000 live births": a rate's base is no metric either
            skip = [(q.start, q.end) for q in here] + [(m.start, m.end) for m in sentence_mentions] + [(s0 + a, s0 + b) for a, b in rate_spans]
            bound = self._bind_all(text, figures, sentence_mentions, sentence_actors, sentence)
            # a sentence that names no country and no organisation goes on about the country before,
            # in its amounts and percentages (a bare count or a rank there is too often something
            # else: "one will be eliminated, leaving four", "the bottom member at 35th place")
            about_organisation = bool(figures) and self._names_organisation(sentence, text[s0:s1], figures[-1].end)
            unowned = not sentence_mentions and not sentence_actors and not about_organisation
            carried = self._bind_to_previous(
                figures, bound, sentence, context, sentence_mentions, sentence_actors, bool(hits) and not about_organisation
            )
            amounts: set[int] = set()
            if unowned and not carried:
                amounts = {f.start for f in figures if f.kind == "figure" and (f.unit is not None or f.factor > 1)}
                carried = self._bind_to_previous(
                    [f for f in figures if f.start in amounts], bound, sentence, context, sentence_mentions, sentence_actors, True
                )
            # otherwise a figure of a country-less sentence is the country's only if it measures a curated metric
            needs_curated = set() if refers_back else {f.start for f, _ in carried if f.start not in amounts}
            bound += carried
            bound.sort(key=lambda pair: pair[0].start)
            period = self.years.period_in(text[s0:s1], context.period)
            ends = self._change_ends(text, figures) if period else {}
            # the sentence's own years and figures, not the base it compares with ("the economy
            # expanded 0.1%, slowing sharply from 1.5% in 2023"), date the metric and go on
            own_years = [  # nor a plan's year ("the fund will be exhausted in 2027")
                y
                for y in years
                if not self.years.is_base_year(text, y, figures) and (published is None or y.value <= published.year)
            ]
            base_starts = {base.start for y in years if (base := self.years.base_of(text, y.start, figures)) is not None}
            cited = [m.span("src") for m in self.attribution_before.finditer(text, s0, s1)]
            weighed = [
                (f.start, (f.unit, g[1]))
                for f in figures
                if f.unit is not None and _is_level(f.unit)
                if (g := self._counted_goods(sentence, _counted_token(sentence, f), skip)) is not None
            ]
            respective = self._respective_subjects(text, sentence, figures, skip)
            made: list[Claim] = []
            earlier: ChosenMetric | None = None
            for figure, country in bound:
                # "..., according to Stanford University's AI Index": a source names a place's
                # ranking, never what an amount or a percentage measures
                figure_hits = hits if figure.kind == "ordinal" else [h for h in hits if not _inside(h, cited)]
                # "jumped 24% to $109 billion, equivalent to 5.9% of the nation's GDP": GDP is what
                # another figure is a share of, not what this one measures
                figure_hits = [h for h in figure_hits if not any(f is not figure and self._taken_of(text, f, h) for f in figures)]
                # "bought 42 tonnes of gold, lifting its holdings to about 420 tonnes": the goods weighed before
                goods = next((g for start, g in reversed(weighed) if start < figure.start), context.goods)
                going_on = replace(context, goods=goods, metric=context.metric or (topic if index else None))
                chosen = respective.get(figure.start) or self._metric(
                    text, figure, figure_hits, sentences, index, going_on, sentence, skip, rate, earlier
                )
                last = next((run[-1] for run in _figure_lists(figures) if run[0] is figure), None)
                if last is not None and (chosen is None or chosen.metric.rule == "context"):
                    # "applied 369 kg and 172 kg of fertiliser": a list's first figure measures
                    # what its last one counts
                    counted = self._counted_after(sentence, last, skip)
                    if counted is not None:
                        chosen = ChosenMetric(self._derive(text, figure, counted), figure.end)
                if chosen is None and figure.kind == "ordinal":
                    # "Indonesia, fourth on the list, saw primary forest loss rise 11%": a place in
                    # what the country's next figure in the sentence measures
                    following = next((f for f, c in bound if f.start > figure.start and f.kind != "ordinal" and c.iso == country.iso), None)
                    measured = None if following is None else self._metric(
                        text, following, figure_hits, sentences, index, replace(context, goods=goods), sentence, skip, rate, None
                    )
                    if measured is not None:
                        chosen = ChosenMetric(self._derive(text, figure, self._strip_derived(measured.metric)), figure.end)
                if chosen is None or (figure.start in needs_curated and chosen.metric.rule == "open"):
                    continue
                metric, earlier = self._counted(figure, chosen.metric, rate), chosen
                # "its 2014 peak of 78.9": a year of a noun whose figure is another dates only that one
                dating = [y for y in years if _year_of_figure(sentence, y, figures) in (None, figure)]
                dating += [y for y in levels if _year_of_figure(sentence, y, figures) is figure]
                if metric.unit == "rank" and (edition_year := self._edition_of_ranking(text, hits, metric, here)):
                    dating = sorted([*dating, edition_year], key=lambda y: y.start)
                evidence = self.years.resolve(text, (s0, s1), figure, dating, published, context.year, edition, figures)
                if evidence.year is None and metric.unit == "rank" and edition_named and not self._continues(context, metric, False):
                    evidence = release  # a place is of the edition the article names, not of another metric's year before
                if (
                    evidence.year is None
                    and context.year is not None
                    and (refers_back or self._continues(context, metric, continuing))
                    and not (context.year_alone and _in_present_tense(sentence, figure))
                ):
                    # not "... gained visa-free entry in 2015. India is 82nd with 58 destinations"
                    evidence = YearEvidence(context.year, "context", context.year_text)
                if evidence.year is None and metric.unit == "rank":
                    evidence = release
                if evidence.year is None:  # the latest year this article gave for the metric
                    evidence = metric_years.get(self._strip_derived(metric).id, evidence)
                if evidence.year is None and self._goes_on_in_time(text, sentence, figure, country, context, years, figures):
                    evidence = YearEvidence(context.year, "context", context.year_text)
                if (
                    evidence.year is None
                    and (lead_year := lead.year) is not None
                    and self._reports_past(text, sentence, figure, years, figures)
                ):
                    evidence = lead_year  # "Germany's economy contracted by 0.3% in 2023. ... Exports fell 1.4%"
                if evidence.year is None and published is not None and (now := self.now.search(text, s0, s1)):
                    evidence = YearEvidence(published.year, "relative", now.group(0))  # "The country now has 85 grandmasters"
                if metric.id.endswith("_change") and evidence.source == "explicit":
                    evidence = self._change_end_year(text, figure, years, evidence)
                if period and figure.start in ends:
                    source = "context" if period is context.period else "explicit"
                    year = period.first if ends[figure.start] == "first" else period.last
                    evidence = YearEvidence(year, source, period.text)
                base_id = self._strip_derived(metric).id
                if (
                    evidence.year is not None
                    and (published is None or evidence.year <= published.year)
                    and figure.start not in base_starts
                ):
                    if lead.is_open() and evidence.source in STATED and not (period and figure.start in ends):
                        lead.note(evidence)  # a plan ("growth of 1.3% in 2025") is no lead year
                    # the article's latest year for the metric is its current one ("previous record of
                    # $683.6 billion set in 2022" does not date the rest); plans ("next year") date nothing
                    if base_id not in metric_years or evidence.year > (metric_years[base_id].year or 0):
                        metric_years[base_id] = YearEvidence(evidence.year, "context", evidence.text)
                if evidence.year is None and published is not None and (verb := _present_verb(sentence, figure)) is not None:
                    # "Nigeria has roughly 0.4 doctors per 1,000 people": the present of a dated article is
                    # its year; a guess for this figure only, which dates no other
                    evidence = YearEvidence(published.year, "publication", f"{verb} (present tense)")
                made.append(
                    self._claim(document, text, sentence, figure, country, metric, evidence, rate, attribution)
                )
            unowned: MetricChoice | None = None  # what a figure of no country measured
            unowned_year = UNKNOWN_YEAR
            if figures and not made:
                if not hits and (first := figures[0]).unit not in (None, "years") and _is_level(first.unit):
                    # "The world's tropical forests lost 6.7 million hectares of primary rainforest": a
                    # physical amount says what it is of (a bare count or a percentage too rarely does)
                    chosen = self._metric(text, first, [], sentences, index, context, sentence, skip, rate, None)
                    unowned = chosen.metric if chosen is not None and chosen.metric.rule in OPEN_RULES else None
                # a figure of no country ("Unemployment in the euro zone held at 6.4% in January",
                # "placing fifth in mathematics ... in the 2022 round of the test") still dates the
                # metric and the opening for the countries that follow
                evidence = self.years.resolve(text, (s0, s1), figures[0], years, published, context.year, edition, figures)
                if evidence.year is not None and (published is None or evidence.year <= published.year):
                    unowned_year = evidence
                    if hits:
                        metric_years.setdefault(hits[0].metric.id, YearEvidence(evidence.year, "context", evidence.text))
                    # without a metric, only a year the sentence writes out ("the 2022 round"), not
                    # the day of the news ("the IMF on Wednesday urged the Group of Seven")
                    written = any(
                        int(y.value) == evidence.year and not self.day_before.search(text, max(0, y.start - 20), y.start) for y in own_years
                    ) or (evidence.source == "relative" and self.years.names_relative_year(text, (s0, s1), figures))  # "lost 6.7 million hectares last year"
                    if lead.is_open() and evidence.source in STATED and (hits or written):
                        lead.note(evidence)
            claims.extend(made)
            if figures:
                lead.sentences += 1
            previous_country, previous_money, previous_goods = context.country, context.money, context.goods
            ranking = context.ranking
            own_made = [c for c in made if c.char_start not in base_starts] or made
            named = [h for h in hits if not h.share_only]  # "a significant deficit" names no budget for the next sentence
            if not figures and context.metric is not None:
                # "credit the country's gains to a sharp fall in deaths from Covid": a metric named in
                # passing, as what a change is of, does not take over from the one the text goes on about
                named = [h for h in named if not self._in_passing(sentence, h)]
            heading = None if figures or named else self._list_heading(text, sentence, skip, context.metric)
            if heading is not None:  # "Highest homicide rates, 2024 (per 100,000 people):" names the items' metric
                year = own_years[0] if own_years else None
                context = Context(heading, None if year is None else int(year.value), None if year is None else year.text, rate, attribution, own_year=year is not None)
            else:
                # "Exhibitors say 2024 could top 60 billion yuan": the year of a forecast is no data year
                forecast = not figures and any(q.kind == "figure" and self._is_forecast(sentence, q) for q in here)
                # "The number of Hungarian weddings peaked in 2021.": when a past extreme was
                handed = [y for y in own_years if figures or not self.peak_before.search(text, max(0, y.start - 30), y.start)]
                context = self._next_context(context, named, own_made, figures, [] if forecast else handed, rate, attribution)
            if unowned is not None:  # the countries after a world figure go on with what it measured, and when
                metric = self._strip_derived(replace(unowned, rule="context"))
                context = Context(metric, unowned_year.year, unowned_year.text, rate, attribution, own_year=unowned_year.source in STATED)
            elif named and (own_years or self.years.names_relative_year(text, (s0, s1), figures)) and unowned_year.year is not None:
                # "295 million people faced acute food insecurity last year, 13.7 million more than in
                # 2023": the year of the world figure, not the first year the sentence writes
                context.year, context.year_text, context.own_year = unowned_year.year, unowned_year.text, unowned_year.source in STATED
            named_ranking = self._ranking_named(text, hits) if hits else None
            # the ranking this sentence places in: the one it names, or the one the text went on with
            # ("... 2024 Corruption Perceptions Index. Finland came second on 88")
            placing = named_ranking or (None if hits else ranking)
            placed_in = placing is not None and any(c.unit == "rank" and c.metric in (placing.id, f"{placing.id}_rank") for c in made)
            if named_ranking is not None and not placed_in and self._ranking_named(text, [h for h in hits if not _inside(h, cited)]) is None:
                named_ranking = None  # only cited as the source of other figures: no ranking to place the next ones in
            if placed_in:
                # a ranking the article places a country in ("risen one place to 32nd in the Global
                # Innovation Index") holds its bare places until another is placed in
                placed_ranking = placing
                main_ranking = main_ranking or placing
            context.ranking = (named_ranking if hits else ranking if context.metric is not None else None) or placed_ranking
            context.placed = main_ranking
            context.period = period
            money = [c for c in made if _is_money(c.unit)]
            if money:
                last = money[-1]
                context.money = self._handed_on(last)
            else:
                context.money = previous_money
            context.goods = weighed[-1][1] if weighed else previous_goods
            so_far = [m for m in mentions if m.start < s1]
            context.country = self._country_after(made, sentence_mentions, previous_country, so_far)
        return claims + self._list_places(text, ranked_list_markers(text, quantities, mentions), claims)

    @staticmethod
    def _list_places(text: str, markers: dict[Quantity, Quantity], claims: list[Claim]) -> list[Claim]:
        """"1. China — 30.2 million": the marker of a ranked list's item (lists.py) is the
        country's place in what the item's figure measures, in the figure's year."""
        by_figure = {claim.char_start: claim for claim in claims}
        places = []
        for marker, figure in markers.items():
            item = by_figure.get(figure.start)
            if item is None:
                continue
            line_end = text.find("\n", marker.end)
            line_start = text.rfind("\n", 0, marker.start) + 1
            metric, label = (item.metric, item.metric_label) if item.metric.endswith("_rank") else (f"{item.metric}_rank", f"{item.metric_label} rank")
            key = f"{item.article}|{marker.start}|{marker.end}|{item.country}|{metric}"
            places.append(
                item.model_copy(
                    update={
                        "claim_id": hashlib.sha256(key.encode()).hexdigest()[:16],
                        "metric": metric,
                        "metric_label": label,
                        "value": marker.value,
                        "value_max": None,
                        "value_text": marker.text,
                        "precision": 1.0,
                        "unit": "rank",
                        "qualifier": "exact",
                        "rank_of": None,
                        "sentence": text[line_start : len(text) if line_end < 0 else line_end],
                        "sentence_start": line_start,
                        "char_start": marker.start,
                        "char_end": marker.end,
                        "rule_id": f"ranked_list:{item.rule_id.split(':')[-1]}",
                    }
                )
            )
        return places

    def _table_claims(
        self,
        document: Document,
        text: str,
        table: Table,
        quantities: list[Quantity],
        sentences: list[Span],
        context: Context,
        lead_year: YearEvidence | None,
    ) -> list[Claim]:
        """The figures of a table whose rows (or columns) are countries: a cell measures what
        its other header names (a vocabulary metric; else the header's words narrow the metric
        the text before was about: "Under-25s" of an unemployment rate), in the year that
        header states, else in the text's year. A "Rank" column holds places in the ranking
        the text is about."""
        columns = range(len(table.header))
        by_row = {j: [self.countries.iso_named(row[j].text) for row in table.rows] for j in columns}
        named = next((j for j in columns if sum(iso is not None for iso in by_row[j]) * 2 >= len(table.rows)), None)
        by_column = [self.countries.iso_named(cell.text) for cell in table.header]
        if named is not None:
            cells = [(iso, table.header[j], cell) for iso, row in zip(by_row[named], table.rows) for j, cell in enumerate(row) if j != named]
        elif sum(iso is not None for iso in by_column[1:]) >= 1:
            cells = [(by_column[j], row[0], cell) for row in table.rows for j, cell in enumerate(row) if j]
        else:
            return []
        # "| Rank | Country | Life expectancy, 2023 |": a column without a year is of the one year the
        # headers give ("| Change vs 2022 |" gives the base of a change)
        header_years = {
            int(q.value): q
            for cell in table.header
            if self.change_header.search(cell.text) is None
            for q in self._header_years(text, cell, quantities)
        }
        table_year = next(iter(header_years.values())) if len(header_years) == 1 else None
        ranked = self._ranked_by(sentences[0].doc, table, named, context)
        claims = []
        for iso, label, cell in cells:
            figure = next((q for q in quantities if cell.start <= q.start < cell.end and q.kind in ("figure", "ordinal")), None)
            if iso is None or figure is None:
                continue
            if figure.kind == "figure":
                figure = self._in_header_unit(figure, label)
            before = next((c for c in reversed(claims) if c.country == iso and c.char_start < cell.start), None)
            change = self.change_header.search(label.text) is not None
            if self.place_header.fullmatch(label.text):  # "| Rank | Country |": a place, not a count
                figure = replace(figure, kind="ordinal", unit="rank")
                # a place in the ranking the text is about, else in what the table's values measure
                # ("| Rank | Country | Cement output, 2023 (tonnes) |")
                metric = context.placed or context.ranking or ranked
            elif change and before is not None:  # "| 2024 score | Change on 2023 |": the change of the column before
                metric = MetricChoice(f"{before.metric}_change", f"{before.metric_label} change", before.unit, "context")
            else:
                metric = self._table_metric(sentences[0].doc, label, context)
            if metric is None:
                continue
            year = self._header_years(text, label, quantities) or ([table_year] if table_year is not None and label in table.header else [])
            if change and before is not None and before.year is not None:  # "Change on 2023" compares with 2023
                evidence = YearEvidence(before.year, before.year_source or "context", before.year_text)
            elif year:
                evidence = YearEvidence(int(year[0].value), "explicit", year[0].text)
            elif context.year is not None:
                evidence = YearEvidence(context.year, "context", context.year_text)
            else:
                evidence = lead_year or UNKNOWN_YEAR
            sentence = next(s for s in sentences if s.start_char <= cell.start < s.end_char)
            mention = CountryMention(cell.start, cell.end, iso, "name")
            claims.append(
                self._claim(document, text, sentence, figure, mention, self._derive(text, figure, metric), evidence, None, context.attribution)
            )
        return claims

    def _in_header_unit(self, figure: Quantity, label: Cell) -> Quantity:
        """A bare cell under "| Bikes sold (million) |" is 4.0 million; under "| Share (%) |" a percentage."""
        unit, factor = self.quantities.label_unit(label.text)
        if figure.unit is not None:
            return figure
        if figure.factor != 1.0:  # "2.02bn" under "(tonnes)": the cell gives its own scale
            factor = 1.0
        scale = Decimal(repr(factor))
        return replace(
            figure,
            value=float(Decimal(repr(figure.value)) * scale),
            precision=float(Decimal(repr(figure.precision)) * scale),
            factor=figure.factor * factor,
            unit=unit,
        )

    def _ranked_by(self, doc: Doc, table: Table, named: int | None, context: Context) -> MetricChoice | None:
        """What a table ranks its rows by: the metric of its first column of values (neither the
        countries, the places nor a change), else the metric the text is about."""
        values = (
            cell
            for j, cell in enumerate(table.header)
            if j != named and not self.place_header.fullmatch(cell.text) and self.change_header.search(cell.text) is None
        )
        label = next(values, None)
        metric = self._table_metric(doc, label, context) if label is not None and named is not None else context.metric
        return None if metric is None else self._strip_derived(metric)

    def _header_years(self, text: str, cell: Cell, quantities: list[Quantity]) -> list[Quantity]:
        return self.years.data_years(text, [q for q in quantities if cell.start <= q.start < cell.end and q.kind == "year"])

    def _table_metric(self, doc: Doc, label: Cell, context: Context) -> MetricChoice | None:
        hits = self.metrics.find(label.text, label.start)
        if hits and context.metric is not None and self._rate(label.text) == context.metric.unit:
            # "Highest under-five mortality rates, 2023" over "| Deaths per 1,000 live births |": the
            # header spells out the unit of the rate the text names
            return context.metric
        if hits:
            hit = self._as_ranking_score(hits[0], hits, context.placed or context.ranking)  # "| 2024 score |"
            return MetricChoice(hit.metric.id, hit.metric.label, hit.metric.unit, "vocabulary")
        span = doc.char_span(label.start, label.end, alignment_mode="expand")
        unit = re.search(r"\([^)]*\)", label.text)  # "(GW)"
        words = [  # the header's own nouns and adjectives: no year, month, unit or generic noun
            t.lemma_.lower()
            for t in span or []
            if t.pos_ in ("NOUN", "PROPN", "ADJ")
            and not t.like_num
            and t.lemma_.lower() not in self.generic_nouns
            and t.lower_.rstrip(".") not in self.month_words
            and not (unit and label.start + unit.start() <= t.idx < label.start + unit.end())
        ]
        process = [self.process_nouns.get(w, w) for w in words]
        # "| Bikes sold (million) |", "| E-bike share (%) |", "| Price (€) |": a verb, a share or a
        # singular noun says what is measured; a plural group narrows the text's metric ("| Under-25s |")
        measured = [t.lower_ for t in span or [] if t.pos_ == "VERB" or t.lemma_.lower() in self.percent_nouns]
        own = process != words or measured or any(t.tag_ == "NN" and t.is_alpha and t.lemma_.lower() in words for t in span or [])
        if context.metric is None or (own and words):
            if not words:
                return None
            # "| Cement output, 2023 (tonnes) |" names its own metric: cement production, not an output of the text's
            named = [*process, *measured]
            unit = "percent" if named[-1] in self.percent_nouns else "count"
            return MetricChoice(snake_case(" ".join(named)), " ".join(named), unit, "open")
        if not words:
            return context.metric
        narrowed = " ".join([*words, context.metric.label])
        return MetricChoice(snake_case(narrowed), narrowed, context.metric.unit, "narrowed")

    def _publishes_ranking(self, text: str, actor: ActorMention) -> bool:
        """"Ookla's Speedtest Global Index", "Tortoise Media's Global AI Index": the publisher
        of a ranking is a source, not the owner of the figures placed in it."""
        ranking = self.metrics.named_ranking
        if ranking is None:
            return False
        if any(m.end() == actor.end for m in ranking.finditer(text, actor.start, actor.end)):
            return True  # NER's name is the whole "Ookla's Speedtest Global Index"
        # "Transparency International's 2024 Corruption Perceptions Index": NER takes the "'s"
        # into the name or leaves it out
        after = re.match(r"(?:['’]s)?[ \u00a0]+(?:\d{4}[ \u00a0]+)?", text[actor.end : actor.end + 8])
        if after is None or not (text[actor.start : actor.end].endswith(("'s", "’s")) or after.group(0)[:1] in "'’"):
            return False
        return ranking.match(text, actor.end + after.end()) is not None

    def _next_context(
        self,
        context: Context,
        hits: list[MetricHit],
        made: list[Claim],
        figures: list[Quantity],
        years: list[Quantity],
        rate: str | None,
        attribution: str | None,
    ) -> Context:
        """A sentence that names a metric hands it on; one that continues the figures
        before it passes the context on; a sentence without claims keeps it alive for at
        most MAX_CONTEXT_AGE sentences."""
        # a figure of an open-vocabulary metric names its metric as a vocabulary phrase would
        opens = bool(made) and not hits and made[-1].rule_id.split(":")[0] in OPEN_RULES
        if hits or opens:
            if made:
                last = made[-1]
                whole = last.metric.split(SHARE_OF)[0]
                # "jumped 24% to $109 billion, equivalent to 5.9% of the nation's GDP": the share
                # restates the amount, whose metric goes on
                last = next((c for c in reversed(made) if c.metric == whole), last)
                base = self._handed_on(last)
                # "built 30.2 million vehicles, up 11.6%": the level's unit goes on, not the change's
                level = next((c for c in reversed(made) if c.metric == base.id), None)
                base = replace(base, unit=level.unit) if level is not None else base
                base = self.rate_of_count.get(base.id, base)
            else:
                metric = hits[0].metric
                base = self._strip_derived(MetricChoice(metric.id, metric.label, metric.unit, "context"))
            if years:
                return Context(base, int(years[0].value), years[0].text, rate, attribution, own_year=True)
            if made and made[-1].year is not None and made[-1].year_source != "publication":  # "a 15% reduction from this year"
                stated = made[-1].year_source in ("explicit", "relative", "relative_to_edition")
                return Context(base, made[-1].year, made[-1].year_text, rate, attribution, own_year=stated)
            if context.metric is not None and base.id == context.metric.id:
                return Context(base, context.year, context.year_text, rate, attribution)
            return Context(base, None, None, rate, attribution)
        if context.metric is not None and context.age < MAX_CONTEXT_AGE:
            age = 0 if made else context.age + 1
            if not figures and years:  # "Comparisons are only available for 2022. In that year, Israel (6%) ..."
                return Context(context.metric, int(years[-1].value), years[-1].text, rate or context.rate, attribution, age=age, year_alone=True)
            return Context(context.metric, context.year, context.year_text, rate or context.rate, attribution, age=age)
        return Context()

    def _edition_of_ranking(
        self, text: str, hits: list[MetricHit], metric: MetricChoice, here: list[Quantity]
    ) -> Quantity | None:
        """The year of a ranking's edition named in the sentence, for a place in that ranking."""
        years = [q for q in here if q.kind == "year"]
        for hit in hits:
            if hit.metric.unit == "rank" and metric.id in (hit.metric.id, f"{hit.metric.id}_rank"):
                if (year := self.years.ranking_edition(text, (hit.start, hit.end), years)) is not None:
                    return year
        return None

    def _ranking_named(self, text: str, hits: list[MetricHit]) -> MetricChoice | None:
        """The last metric of a sentence measured in places (an index such as the Global AI
        Index), other than a part of one ("the policies domain")."""
        ranking = next((h.metric for h in reversed(hits) if h.metric.unit == "rank" and not self._is_component(text, h)), None)
        return None if ranking is None else MetricChoice(ranking.id, ranking.label, ranking.unit, "context")

    def _bind_to_previous(
        self,
        figures: list[Quantity],
        bound: list[tuple[Quantity, CountryMention]],
        sentence: Span,
        context: Context,
        mentions: list[CountryMention],
        actors: list[ActorMention],
        named_metric: bool,
    ) -> list[tuple[Quantity, CountryMention]]:
        """A sentence whose subject is a pronoun ("That puts it ... at 35th place", "That is
        roughly 11 per 100,000 people"), or that opens with a curated metric and no country
        ("Consumer prices rose 5.9% on average last year", "Exports fell 1.4% ... as demand
        from China cooled"), goes on about the country of the sentences before: its figures
        that nothing else binds, up to its first named country, are that country's, unless
        an organisation is their subject. (Without a
        curated metric a country-less sentence is too often about something else: on
        held-out articles that cost more precision than it gained recall.)"""
        if context.country is None or not (self._refers_back(sentence) or named_metric):
            return []
        taken = {figure.start for figure, _ in bound}
        first_named = min((m.start for m in mentions if not m.is_object), default=sentence.end_char)
        return [
            (f, context.country)
            for f in figures
            if f.start not in taken
            and f.start < first_named
            and not isinstance(self._subject_country(f, [], actors, sentence), ActorMention)
            and not self._of_world(sentence, f)
        ]

    def _of_world(self, sentence: Span, figure: Quantity) -> bool:
        """Is the subject of the figure's verb the world's ("The world's wind fleet passed 1.1
        terawatts", "Global output rose 2%")? No country before goes on in it."""
        verb = next(_verbs_above(sentence, figure), None)
        subject = None if verb is None else next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        # not "The world's largest producer harvested 39.6 million bags": a country, by its epithet
        words = [] if subject is None else list(subject.subtree)
        return any(t.lower_ in self.world_words for t in words) and not any(t.tag_ == "JJS" for t in words)

    def _country_after(
        self,
        made: list[Claim],
        mentions: list[CountryMention],
        previous: CountryMention | None,
        so_far: list[CountryMention],
    ) -> CountryMention | None:
        """Whom the next sentence goes on about: the last claim's country, or when the claims
        compare several ("The ratios for the United States, Japan and China were ..."), the
        country the article has named most so far; else the one country this sentence names;
        else, when it names none, the one before."""
        if made:
            if len({c.country for c in made}) > 1:
                return self.countries.mention_of(most_named(so_far))
            return self.countries.mention_of(made[-1].country)
        named = {m.iso for m in mentions}
        if len(named) == 1:
            return self.countries.mention_of(named.pop())
        return previous if not named else None

    def _goes_on_in_time(
        self,
        text: str,
        sentence: Span,
        figure: Quantity,
        country: CountryMention,
        context: Context,
        years: list[Quantity],
        figures: list[Quantity],
    ) -> bool:
        """Does an undated past-tense figure go on in the year the sentence before stated, for
        the same country ("...to US$683.8 billion in 2024. Imports fell 1.6 percent to $632
        billion")? Not after a period ("Between 2019 and 2021 ...") nor about another country."""
        if not context.own_year or context.period is not None or context.country is None:
            return False
        return country.iso == context.country.iso and self._reports_past(text, sentence, figure, years, figures)

    def _in_dateline(self, text: str, sentence_start: int, year: Quantity) -> bool:
        """"PARIS, April 11, 2024 — Official development assistance rose to $223.7 billion in
        2023": the day a story opens with is the story's, not its figures'."""
        day = self.day_before.search(text, max(sentence_start, year.start - 20), year.start)
        # "MADRID, Feb. 22, 2024 (Iberia Health Wire) –": the wire's name may stand before the dash
        if day is None or not re.match(r"[ \u00a0]*(?:\([^()\n]{1,60}\)[ \u00a0]*)?[—–-]", text[year.end : year.end + 70]):
            return False
        line_start = text.rfind("\n", 0, day.start()) + 1  # spaCy cuts "PARIS, April 11" or joins a byline to it
        return re.fullmatch(r"[A-Z][\w.'’ -]*,[ \u00a0]*", text[line_start : day.start()]) is not None

    def _reports_past(
        self, text: str, sentence: Span, figure: Quantity, years: list[Quantity], figures: list[Quantity]
    ) -> bool:
        """Is an undated figure reported in the past tense, with no year or relative phrase of
        its own that dates nothing? Not a statement in the present tense ("Korea's R&D budget
        is 26.5 trillion won"), not "the Global AI Talent Report 2020 says", not "Last year"
        in an article without a date. `years` are the sentence's data years."""
        if any(self.years.base_of(text, year.start, figures) is None for year in years):
            return False  # dated in the sentence itself; not by "since 2018" nor a base's year ("than a deficit in 2023")
        if self.years.names_relative_year(text, (sentence.start_char, sentence.end_char), figures):
            return False
        # a participle ("..., leaving a trade surplus of $51.8 billion") takes the tense of its clause's verb
        verb = next((v for v in _verbs_above(sentence, figure) if v.tag_ != "VBG"), None)
        if verb is None or verb.tag_ not in ("VBD", "VBN"):
            return False
        # "has fallen", "is expected": a participle after a present-tense auxiliary speaks of now
        return not any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP") for c in verb.children)

    def _in_passing(self, sentence: Span, hit: MetricHit) -> bool:
        """Is a metric phrase what a change noun is of ("a sharp fall in deaths")?"""
        span = sentence.doc.char_span(hit.start, hit.end, alignment_mode="expand")
        if span is None:
            return False
        root = span.root
        return root.dep_ == "pobj" and root.head.dep_ == "prep" and root.head.head.lemma_.lower() in self.change_nouns

    def _is_forecast(self, sentence: Span, figure: Quantity) -> bool:
        """Is the figure what someone expects rather than what was measured ("The ministry
        expects exports to grow 1.5 percent", "growth will slow to 1.9%", "a forecast of 1.3%")?
        Only the figure's own verb counts, and the one it complements ("expects ... to grow"):
        in "the number of children a woman is expected to have ... came to 0.75" the figure's
        verb is "came"."""
        for token in _heads_above(sentence, figure):
            if token.pos_ not in ("VERB", "AUX"):
                if token.lemma_.lower() in self.forecast_words:
                    return True
                continue
            verbs = [token, token.head] if token.dep_ in ("xcomp", "ccomp") else [token]
            return any(
                verb.lemma_.lower() in self.forecast_words
                or any(c.dep_ == "aux" and c.lower_ in self.future_auxiliaries for c in verb.children)
                # "cut its forecast for growth to 0.2%"
                or any(c.dep_ == "dobj" and c.lemma_.lower() in self.forecast_words for c in verb.children)
                for verb in verbs
            )
        return False

    def _names_organisation(self, sentence: Span, sentence_text: str, figures_end: int) -> bool:
        """Does the sentence speak of a company, a model or the like ("the model achieved 97.3%,
        comparable to OpenAI's latest model, which scored 96.3%"), or of a group of countries
        ("Across the OECD, the average math score fell 15 points to 472")? Not when the
        company only sits in a clause after the figures ("fell 2.4 percent to $19.8 billion
        amid competition from Chinese panel makers")."""
        return self.countries.is_about_group(sentence, sentence_text) or any(
            t.pos_ == "NOUN"
            and t.lemma_.lower() in self.organisation_nouns
            # "the central bank's November forecast" is the state's, no company's
            and not self.countries.government.search(sentence.doc[max(sentence.start, t.i - 2) : t.i + 1].text)
            and not (t.idx >= figures_end and any(a.lower_ in self.clause_words for a in t.ancestors))
            for t in sentence
        )

    def _refers_back(self, sentence: Span) -> bool:
        """Does the sentence open with a subject that points at the one before: a pronoun
        ("That puts it", "This placed Korea"), a generic noun after a demonstrative ("This
        metric had been positive at 0.3 in 2020") or "The figure"?"""
        subject = next((t for t in sentence if t.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.i - sentence.start > 2:
            return False  # it must open the sentence: "That", "And it", "It then"
        if subject.lower_ in self.pronoun_subjects:
            return True
        determiners = [c.lower_ for c in subject.children if c.dep_ == "det"]
        if any(d in self.pronoun_subjects for d in determiners):
            return subject.lower_ in self.generic_nouns
        return (
            determiners == ["the"]
            and subject.lower_ in self.back_reference_nouns
            and not any(c.dep_ == "prep" and c.lower_ == "of" for c in subject.children)
        )

    @staticmethod
    def _change_end_year(text: str, figure: Quantity, years: list[Quantity], evidence: YearEvidence) -> YearEvidence:
        """A change is dated by the year it ends in: "31.1 trillion won in 2023, shrank by 5.2
        trillion won to 26.05 trillion won in 2024", "by 258% from 0.5 trillion won in 2023 to
        1.8 trillion won in 2024" are changes of 2024."""
        for year in (y for y in years if y.start >= figure.end):
            if re.search(r"\bto\b", text[figure.end : year.start]):
                return YearEvidence(int(year.value), "explicit", year.text)
        return evidence

    @staticmethod
    def _change_ends(text: str, figures: list[Quantity]) -> dict[int, str]:
        """The start and end of each "from X to Y" change, by figure offset."""
        ends: dict[int, str] = {}
        for first, last in zip(figures, figures[1:]):
            if re.search(r"\bfrom[ \u00a0]+$", text[max(0, first.start - 6) : first.start], re.IGNORECASE) and re.fullmatch(
                r"[ \u00a0]+to[ \u00a0]+", text[first.end : last.start]
            ):
                ends[first.start], ends[last.start] = "first", "last"
        return ends

    def _continues(self, context: Context, metric: MetricChoice, continuing: bool) -> bool:
        """Does this figure continue the time frame of the sentence before? It does when its
        sentence names no metric of its own, or names the same one again ("...in 2022. The
        U.S. led with 109 such models")."""
        if continuing:
            return True
        return context.metric is not None and self._strip_derived(metric).id == context.metric.id

    def _counted(self, figure: Quantity, metric: MetricChoice, rate: str | None) -> MetricChoice:
        """"Some 13.3 million people were out of work": a figure that no percentage can be
        counts what a percentage metric is a rate of, and must not join the rate's group."""
        base = self._strip_derived(metric)
        if base.unit != "percent" or figure.unit is not None or rate is not None or figure.kind == "ordinal" or _fits(figure, "percent", None):
            return metric
        label = self.counted_as.get(base.id) or _counted_label(base.label, None)
        suffix = metric.id[len(base.id) :]
        return MetricChoice(snake_case(label) + suffix, label + metric.label[len(base.label) :], "count", metric.rule)

    def _handed_on(self, claim: Claim) -> MetricChoice:
        """The base metric a claim hands on to the sentences after it."""
        return self._strip_derived(MetricChoice(claim.metric, claim.metric_label, claim.unit, "context"))

    @staticmethod
    def _strip_derived(metric: MetricChoice) -> MetricChoice:
        """A rank, change, share or score claim hands on its base metric, not the derived one."""
        for suffix, label_suffix in (("_rank", " rank"), ("_change", " change"), ("_share", " share (percent)"), ("_score", " score")):
            if metric.id.endswith(suffix) and metric.label.endswith(label_suffix):
                # a share is of a count; a score of a ranking
                unit = {"_share": "count", "_score": "rank"}.get(suffix, metric.unit)
                return MetricChoice(metric.id[: -len(suffix)], metric.label[: -len(label_suffix)], unit, metric.rule)
        return metric

    # -- which numbers are figures ------------------------------------------------------

    def _elides_period(self, text: str, q: Quantity, quantities: list[Quantity]) -> bool:
        """"contracted 0.2% in the second quarter and grown 0.1% in the third": an ordinal
        after "the" with nothing after it stands for the period an earlier one named."""
        if q.kind != "ordinal" or not re.search(r"\bthe[ \u00a0]+$", text[max(0, q.start - 5) : q.start]):
            return False
        if re.match(r"[ \u00a0]*[^\W\d]", text[q.end : q.end + 2]) and not re.match(r"[ \u00a0]+(?:and|or)\b", text[q.end : q.end + 5]):
            return False
        earlier = [p for p in quantities if p.kind == "ordinal" and p.end <= q.start]
        return any(self.rank_blocked.match(text[p.end : p.end + 40]) for p in earlier)

    @staticmethod
    def _counts_years(hits: list[MetricHit], context: Context) -> bool:
        """Is a metric counted in years named ("life expectancy ... 84.5 years"), or gone on
        with by a sentence that names no other? Otherwise "84.5 years" is a span of time."""
        if hits:
            return any(h.metric.unit == "years" for h in hits)
        return context.metric is not None and context.metric.unit == "years"

    def _is_claimable(self, text: str, q: Quantity) -> bool:
        before = text[max(0, q.start - 40) : q.start]
        after = text[q.end : q.end + 40]
        if q.kind == "ordinal":
            if self.rank_blocked.match(after) or self.month_before.search(before) or self.month_after.match(after):
                return False
            # "Singapore (4th)", "Vietnam 44th": an ordinal in digits is a place; a word ("third")
            # needs a rank cue, it is too often something else ("a third of", "the third dose")
            # "Pakistan, sixth, hosts ...", "Peru and Colombia, fifth and sixth, lost ...": a place set off by commas
            apposed = before.endswith(", ") and re.match(r"(?:\s+and\s+\w+)?,", after) is not None
            return not q.word_form or apposed or bool(self.rank_before.search(before) or self.rank_after.match(after))
        if q.kind != "figure":
            return False
        if self.denominator_before.search(before) or (q.unit is None and self.denominator_after.match(after)):
            return False
        if self.label_before.search(before):
            return False  # "IPC Phase 3": a label
        if self.plan_before.search(before) or (q.unit is None and self.rank_moves.match(after)):
            return False  # a plan; "risen one place", "up three spots": a move in a ranking
        return not (q.word_form and q.value == 1 and after.lstrip().lower().startswith("of"))

    # -- whom each figure is about --------------------------------------------------------

    def _bind_all(
        self,
        text: str,
        figures: list[Quantity],
        mentions: list[CountryMention],
        actors: list[ActorMention],
        sentence: Span,
    ) -> list[tuple[Quantity, CountryMention]]:
        """Pair figures with countries; "respectively" and "at 61 to 15" pair them in order."""
        bound = self._pair_in_order(text, figures, mentions, sentence)
        paired = {figure.start for figure, _ in bound}
        for figure in (f for f in figures if f.start not in paired):
            previous = [(f, c) for f, c in bound if f.end <= figure.start]
            if previous and re.fullmatch(r"\s*\(\s*", text[previous[-1][0].end : figure.start]):
                bound.append((figure, previous[-1][1]))  # "39.4 percent (188,300)"
                continue
            country = self._bind(text, figure, mentions, actors, sentence)
            if country is None:
                continue
            for member in self._coordinated(text, country, mentions, figure):
                bound.append((figure, member))
            shared = self.shared_place.match(text, figure.end) if figure.kind == "ordinal" else None
            partner = next((m for m in mentions if shared and m.start == shared.end() and m.iso != country.iso), None)
            if partner is not None:  # "shared 20th place with Japan": Japan is 20th too
                bound.append((figure, partner))
        return bound

    def _pair_in_order(
        self, text: str, figures: list[Quantity], mentions: list[CountryMention], sentence: Span
    ) -> list[tuple[Quantity, CountryMention]]:
        """"The U.S. and Korea installed 39,576 and 31,716 units, respectively", "at 61 to
        15": a list of figures after a list of countries pairs with it in order."""
        respectively = self.respectively.search(text, sentence.start_char, sentence.end_char)
        if respectively:
            return self._pair_respectively(text, figures, mentions, respectively.start())
        names = _distinct([m for m in mentions if figures and m.end <= figures[0].start])
        # "Latvia and Lithuania had the highest rates, at 2.9 and 2.8, while Malta recorded 0.7":
        # a list of countries, then a list of as many figures, pair in order as with "respectively"
        first = next(iter(_figure_lists(figures)), [])
        listed = _coordinated_groups(text, [m for m in mentions if first and m.end <= first[0].start])[-1:]
        if listed and len(listed[0]) == len(first) > 1 and len({f.unit for f in first}) == 1:
            return list(zip(first, listed[0]))
        # figures paired with countries are one measure each: not "Korea's exports to China rose
        # 6.6 percent to $133 billion"
        if len(names) < 2 or len(figures) != len(names) or len({f.unit for f in figures if f.unit is not None}) > 1:
            return []
        if len(_distinct(mentions)) != len(names):
            return []
        gaps = [text[a.end : b.start].strip().lower() for a, b in zip(figures, figures[1:])]
        if not all(gap in ("to", "versus", "vs.", "vs") for gap in gaps):
            return []
        return list(zip(figures, names))

    def _pair_respectively(
        self, text: str, figures: list[Quantity], mentions: list[CountryMention], respectively: int
    ) -> list[tuple[Quantity, CountryMention]]:
        """"Germany and Türkiye fell 3.9% and 4%, respectively, to 35.4 million and 33.7 million
        tonnes": each list of figures as long as the list of countries pairs with it in order. The
        countries come before the first list ("Germany and Türkiye, Europe's producers outside
        Russia") or after it ("8.9% and 7.9% of GDP in the Philippines and Pakistan,
        respectively"). Figures not in a list ("$5bn in exports and $3bn in imports,
        respectively") are one list up to "respectively". A figure in no such list is bound on its
        own ("..., with Korean installations down 1%")."""
        runs = [
            run for run in _figure_lists(figures) if not any(respectively <= m.start < run[0].start for m in mentions)
        ] or [[f for f in figures if f.end <= respectively]]
        first = runs[0]
        if len(first) < 2:
            return []
        before = _distinct([m for m in mentions if m.end <= first[0].start])
        after = _coordinated_groups(text, [m for m in mentions if first[-1].end <= m.start and m.end <= respectively])[:1]
        # the list of countries, or all countries before when an aside breaks it ("Macao, Taiwan —
        # listed by the OECD as Chinese Taipei — and Hong Kong")
        candidates = [*reversed(_coordinated_groups(text, before)), before, *after]
        names = next((group for group in candidates if len(group) == len(first)), None)
        if names is None or len({f.unit for f in first if f.unit is not None}) > 1:
            return []
        return [pair for run in runs if len(run) == len(names) for pair in zip(run, names)]

    def _bind(
        self,
        text: str,
        figure: Quantity,
        mentions: list[CountryMention],
        actors: list[ActorMention],
        sentence: Span,
    ) -> CountryMention | None:
        preceding = [m for m in mentions if m.end <= figure.start]
        following = [m for m in mentions if m.start >= figure.end]
        if following and re.fullmatch(r"-[a-z]+[ \u00a0]+(?:the[ \u00a0]+)?", text[figure.end : following[0].start]):
            return following[0]  # "the second-ranked China"
        if self.difference_before.search(text, sentence.start_char, figure.start):
            return None  # "the gap between the United States and China is over 46 points"
        if preceding:
            last = preceding[-1]
            gap = text[last.end : figure.start]
            if re.fullmatch(r"\s*\(\s*|['’]s\s+|[ \u00a0]*[—–:][ \u00a0]*|,[ \u00a0]+with[ \u00a0]+", gap) or self.place_then_figure.fullmatch(gap):
                # "Luxembourg (8.73)", "India's 76,213", "2. United States — 10.6 million", "Chile second (253.4 Mbps)",
                # "Mexico, with 13.6 million, is seventh"
                return last
        if following and re.fullmatch(r"[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?", text[figure.end : following[0].start]):
            if re.match(r"['’]s\b", text[following[0].end : following[0].end + 2]):
                return following[0]  # "about 52% of Germany's electricity consumption"
        if following and following[0].form == "demonym":
            nxt = following[0]
            gap = text[figure.end : nxt.start]
            if self.group_before.fullmatch(gap) and self.countries.people_after.match(text, nxt.end):
                return nxt  # "5,684 visas to Korean nationals", "71.1 percent of Korean Ph.D. graduates"
        if following and following[0].form != "anaphor":
            nxt = following[0]
            gap = text[figure.end : nxt.start]
            if self.place_after.fullmatch(gap):
                return nxt  # "61 originated from the U.S.", "22,191 in neighboring China"
        if preceding and (not preceding[-1].is_object or not text[preceding[-1].end : figure.start].strip()):
            # not "Germany's exports to China fell 9.7%"; but "with Chile second" places Chile
            last = preceding[-1]
            gap = text[last.end : figure.start]
            gap = re.sub(r"\s*\([^()]*\)", "", gap)  # "the United States (4.23) in third place"
            if re.fullmatch(r"\s*(?:[\w’'-]+\s+){0,3}", gap) and not self._actor_between(actors, last.end, figure.start):
                return last  # "China with 20", "the U.S. had 53"
        subject = self._subject_country(figure, mentions, actors, sentence)
        if subject is not None:
            if isinstance(subject, ActorMention) or self._actor_between(actors, subject.end, figure.start):
                return None
            return subject
        owners = [m for m in preceding if not m.is_object]  # not "as demand from China cooled, while imports dropped 9.7%"
        if owners and not self._actor_between(actors, owners[-1].end, figure.start):
            return owners[-1]
        if following and {m.form for m in mentions} == {"anaphor"} and len({m.iso for m in mentions}) == 1:
            return following[0]  # "The reduction of 4.6 trillion won is ... from the government's proposal"
        return None

    def _subject_country(
        self, figure: Quantity, mentions: list[CountryMention], actors: list[ActorMention], sentence: Span
    ) -> CountryMention | ActorMention | None:
        """The country (or organisation) that is the subject of the verb governing the figure."""
        for verb in _verbs_above(sentence, figure):
            subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
            for subject in subjects:
                # the subject's own word decides first: "Samsung Electronics, Korea's largest company,
                # spent", "The Reserve Bank of Australia kept"
                head = [a for a in [*mentions, *actors] if a.start <= subject.idx < a.end]
                if head:
                    return head[0]
                lo, hi = subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge)
                inside = [m for m in mentions if lo <= m.start < hi]
                state_body = self.countries.government.search(sentence.doc[subject.left_edge.i : subject.i + 1].text)
                if subject.lemma_.lower() in self.organisation_nouns and not state_body:  # not "the statistics institute"
                    # "Chinese startups raised $38.6 billion": a nationality's firms together are its own
                    if subject.tag_ == "NNS" and inside:
                        return inside[0]
                    return ActorMention(subject.idx, subject.idx + len(subject))  # "Each selected startup will receive"
                # "Exports to China, Korea's largest trading partner, rose" are Korea's; "Spending by
                # foreign visitors to Japan reached" is Japan's, the only country its subject names
                owners = [m for m in inside if not m.is_object] or inside
                if owners:
                    return owners[0]
                owners = [a for a in actors if lo <= a.start < hi]
                if owners:
                    return owners[0]
            if subjects:
                return None
        return None

    def _says_aside(self, sentence: Span, actor: ActorMention) -> bool:
        """Does an organisation only say the figures of a country named before, in a clause aside
        ("Malaysia produced 19.34 million tonnes, the Malaysian Palm Oil Board said, up 4.3%")? It
        is their source then, not their owner; "Samsung said its sales rose 5%" still owns them."""
        span = sentence.doc.char_span(actor.start, actor.end, alignment_mode="expand")
        if span is None:
            return False
        noun = span.root  # "Malaysian" names the organisation "the Malaysian Palm Oil Board"
        while noun.dep_ in ("compound", "amod") and noun.head is not noun:
            noun = noun.head
        if noun.dep_ != "nsubj":
            return False
        verb = noun.head
        # "..., the Board said, up 4.3%": spaCy hangs the clause said on the reporting verb or beside it
        return verb.lower_ in self.reporting_words and verb.dep_ in ("parataxis", "ROOT")

    @staticmethod
    def _actor_between(actors: list[ActorMention], start: int, end: int) -> bool:
        return any(start <= a.start and a.end <= end for a in actors)

    @staticmethod
    def _coordinated(
        text: str, country: CountryMention, mentions: list[CountryMention], figure: Quantity
    ) -> list[CountryMention]:
        """"Employers in India, Thailand and Malaysia ... 40%": a figure after a list of
        countries joined only by commas and "and" belongs to each of them."""
        if country.end > figure.start:
            return [country]
        before = [m for m in mentions if m.end <= figure.start]
        index = before.index(country)
        start = end = index
        while start > 0 and _COORDINATION.fullmatch(text[before[start - 1].end : before[start].start]):
            start -= 1
        while end + 1 < len(before) and _COORDINATION.fullmatch(text[before[end].end : before[end + 1].start]):
            end += 1
        # not an apposition: "Exports to China, Korea's largest trading partner, rose"
        return [m for m in before[start : end + 1] if m.is_object == country.is_object]

    # -- what each figure measures --------------------------------------------------------

    def _metric(
        self,
        text: str,
        figure: Quantity,
        hits: list[MetricHit],
        sentences: list[Span],
        index: int,
        context: Context,
        sentence: Span,
        skip: list[tuple[int, int]],
        rate: str | None,
        earlier: ChosenMetric | None,
    ) -> ChosenMetric | None:
        """What the figure measures: the closest metric phrase of its sentence; without one,
        the noun it counts, the metric of an earlier figure of its sentence, the metric the
        sentence before was about, or the noun phrase around it. A figure listed after an
        earlier one whose phrase it would take ("4.12 percent of GDP, ahead of Estonia
        (3.43 percent)") measures what the earlier one measures."""
        allocation = self._allocation_purpose(text, figure, hits, sentence, skip)
        if allocation is not None:
            return allocation
        denominators = [h for h in hits if self._is_denominator(text, figure, h)]
        named = [  # "2.5% of GDP": GDP is what it is a share of; "a talent deficit" is no budget's
            h for h in hits if h not in denominators and not self._elaborates(text, figure, h) and (denominators or not h.share_only)
        ]
        if figure.unit is not None and _is_level(figure.unit):
            # a physical amount measures no metric that cannot be given in it: "topped the
            # Speedtest Global Index with a median download speed of 398.51 Mbps" is a speed
            named = [h for h in named if _fits(figure, h.metric.unit, rate)]
        previous = self._strip_derived(earlier.metric) if earlier else None
        reach = max([figure.end, *(h.end for h in denominators)])
        if named and context.metric is not None and min(self._metric_distance(text, h, figure) for h in named) >= CLAUSE_PENALTY:
            # "China attracted $7.8 billion, a 44.2% drop, as U.S. export controls ... weighed": a
            # metric only in another clause does not outrank the one the text is going on about
            named = []
        domain = self._domain_after(text, sentence, figure)
        if domain is not None and figure.kind == "ordinal" and not named:
            # "placing fifth in mathematics, third in reading": a place in a subject's ranking
            return ChosenMetric(MetricChoice(f"{domain}_rank", f"{domain} rank", "rank", "open"), reach)
        if figure.kind == "ordinal" and not named and (ranked := self._ranked_for(text, sentence, figure, skip)) is not None:
            return ChosenMetric(self._derive(text, figure, ranked), reach)
        if named:
            hit = self._nearest_hit(text, figure, named, rate)
            if domain is not None and hit.metric.takes_domain:  # "scored 536 points in math, 516 in reading"
                m = hit.metric
                subject = MetricChoice(f"{domain}_{m.id}", f"{domain} {m.label}", m.unit, "vocabulary")
                return ChosenMetric(self._derive(text, figure, subject), reach)
            if earlier is not None and hit.end <= earlier.reach < figure.start:
                return ChosenMetric(self._derive(text, figure, previous), reach)
            scored = self._ranking_score(text, figure, hit, hits)
            if scored is not None:
                return ChosenMetric(scored, reach)
            counted = self._counted_noun(sentence, figure, hit, skip, rate)
            if counted is not None:  # "across the seven key domains of talent": it counts domains
                return ChosenMetric(counted, reach)
            base = self._named_metric(text, hit, sentences, index, sentence, skip)
            base = self._of_goods(sentence, figure, base, skip, context.goods)
            reach = max(reach, hit.end)
            if figure.kind == "ordinal" and base is not None:
                base = self._ranking_component(text, hit, base, context.placed)
        else:
            base = self._unnamed_metric(text, figure, context, sentence, skip, previous)
        if denominators:
            of = denominators[0].metric
            if base is None and of.unit == "count":
                # "13% of the population had access to safely managed drinking water": what the share does or has
                base = self._share_predicate(sentence, figure, denominators[0], skip)
            if base is None or base.id in (of.id, f"share_of_{of.id}"):
                share = MetricChoice(f"share_of_{of.id}", f"share of {of.label}", "percent", "vocabulary")
            elif base.id.endswith(f"{SHARE_OF}{of.id}"):
                share = base
            else:
                share = MetricChoice(f"{base.id}{SHARE_OF}{of.id}", f"{base.label}{SHARE_OF_LABEL}{of.label}", "percent", base.rule)
            return ChosenMetric(share, reach)
        return None if base is None else ChosenMetric(self._derive(text, figure, base), reach)

    def _respective_subjects(
        self, text: str, sentence: Span, figures: list[Quantity], skip: list[tuple[int, int]]
    ) -> dict[int, ChosenMetric]:
        """"Wind, rooftop solar and hydro provided 11.7, 11.2 and 5.8 per cent of total generation
        respectively": a list of subjects that are no countries names what each figure of the
        list as long as it measures, in order. The list is split on its commas and "and": the
        parser often hangs one member on another ("rooftop solar" as a modifier of "Wind")."""
        if not self.respectively.search(text, sentence.start_char, sentence.end_char):
            return {}
        chosen: dict[int, ChosenMetric] = {}
        for run in _figure_lists(figures):
            verb = next(_verbs_above(sentence, run[0]), None)
            subject = next((t for t in verb.children if t.dep_ in ("nsubj", "nsubjpass")), None) if verb is not None else None
            if subject is None:
                continue
            start, end = subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge)
            # "Korea's exports and imports": the owner before the list is none of its members
            start = max([start, *(_owner_end(text, hi) for lo, hi in skip if start <= lo < end)])
            members = _list_members(text, start, end)
            # countries: the list pairs them with the figures (_pair_respectively)
            if (
                len(members) == len(run)
                and all(re.search(r"[^\W\d_]", text[lo:hi]) for lo, hi in members)
                and not any(start <= lo < end for lo, _ in skip)
            ):
                for figure, (lo, hi) in zip(run, members):
                    chosen[figure.start] = ChosenMetric(self._derive(text, figure, self._member_metric(text, lo, hi)), figure.end)
        return chosen

    def _member_metric(self, text: str, start: int, end: int) -> MetricChoice:
        """The metric one member of a list of subjects names: "rooftop solar" of "Wind, rooftop solar and hydro"."""
        hits = self.metrics.find(text[start:end], start)
        if hits:
            metric = hits[0].metric
            return MetricChoice(metric.id, metric.label, metric.unit, "vocabulary")
        label = text[start:end].lower()
        return MetricChoice(snake_case(label), label, "count", "subject")

    def _share_predicate(self, sentence: Span, figure: Quantity, denominator: MetricHit, skip: list[tuple[int, int]]) -> MetricChoice | None:
        """What a share of people has or does: the object of the verb the share is the subject
        of ("13% of the population had access to safely managed drinking water", "59 per cent
        of its people used ..."), or of the participle after the people ("the share of Indians
        practising open defecation"), with what the object is to or of ("access to ...")."""
        people = sentence.doc.char_span(denominator.start, denominator.end, alignment_mode="expand")
        verbs = [t for t in (people.root.children if people is not None else []) if t.dep_ in ("acl", "relcl")]
        verbs += list(_verbs_above(sentence, figure))[:1]
        chunks = noun_chunks(sentence)
        for verb in verbs:
            objects = [c for c in verb.children if c.dep_ in ("dobj", "attr")]
            objects += [o for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
            for obj in objects:
                chunk = next((c for c in chunks if c.root == obj), None)
                if chunk is None or figure.start < chunk.end_char and chunk.start_char < figure.end or people is not None and obj in people:
                    continue
                found = phrase_metric(chunk, chunks, skip, self.open_words)
                # "access to safely managed drinking water": the object with what it is to
                complement = next((o for p in obj.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"), None)
                inner = next((c for c in chunks if c.root == complement), None)
                more = None if inner is None else phrase_metric(inner, chunks, skip, self.open_words)
                words = [w for w in (found and found[1], more and more[1]) if w]
                if words:
                    label = " ".join(words)
                    return MetricChoice(snake_case(label), label, "count", "open")
        return None

    def _ranking_score(self, text: str, figure: Quantity, hit: MetricHit, hits: list[MetricHit]) -> MetricChoice | None:
        """"an E-Government Development Index score of 0.9847": a one-word measure right after
        a ranking's name is that ranking's score, not the metric the word alone names (test scores)."""
        if figure.kind == "ordinal" or " " in text[hit.start : hit.end].strip():
            return None
        ranking = next((h.metric for h in hits if h.metric.unit == "rank" and not text[h.end : hit.start].strip()), None)
        if ranking is None or ranking.id == hit.metric.id:
            return None
        score = self.metrics.score_of(ranking.id, ranking.label)
        return MetricChoice(score.id, score.label, score.unit, "vocabulary")

    def _as_ranking_score(self, hit: MetricHit, hits: list[MetricHit], article_ranking: MetricChoice | None) -> MetricHit:
        """"scoring 90" in a sentence or an article about the 2024 Corruption Perceptions Index
        is that index's score, not a test score: generic score words yield to the ranking."""
        if not hit.metric.ranking_score:
            return hit
        ranking = next((h.metric for h in hits if h.metric.unit == "rank"), None) or article_ranking
        return hit if ranking is None else replace(hit, metric=self.metrics.score_of(ranking.id, ranking.label))

    def _ranking_component(self, text: str, hit: MetricHit, base: MetricChoice, ranking: MetricChoice | None) -> MetricChoice:
        """A place in a part of the ranking the article is about ("lags in the Private
        Investment domain, ranking 18th" of the Global AI Index) is a place in that ranking's
        part, not in the ranking of the metric the part is named after (the AI Index's
        private-investment ranking): the two disagree without contradicting each other."""
        if ranking is None or ranking.id in (base.id, f"{base.id}_rank") or not self._is_component(text, hit):
            return base
        whole = ranking.id.removesuffix("_rank")
        return MetricChoice(f"{whole}_{base.id}", f"{ranking.label.removesuffix(' rank')} {base.label}", base.unit, base.rule)

    def _is_component(self, text: str, hit: MetricHit) -> bool:
        """Does the metric phrase name a part of a ranking ("the policies domain", "the
        Private Investment domain")?"""
        last_word = text[hit.start : hit.end].rsplit(maxsplit=1)[-1].lower()
        return last_word in self.components or self.component_after.match(text, hit.end) is not None

    def _allocation_purpose(
        self, text: str, figure: Quantity, hits: list[MetricHit], sentence: Span, skip: list[tuple[int, int]]
    ) -> ChosenMetric | None:
        """A figure "allocated to" something measures that purpose (the first noun phrase
        after the cue), a part of a budget, never the budget named further on: "178.2 billion
        won is allocated to support personnel costs in ... R&D funding projects". A purpose
        that names no metric leaves an open id, which a country-less sentence does not keep.
        Only a figure that is the subject is given away: in "the R&D budget of 26.5 trillion
        won is allocated to 20 ministries" the figure is the budget's own."""
        cue = self.allocation_after.match(text, figure.end, sentence.end_char)
        if cue is None:
            return None
        amount = sentence.doc.char_span(figure.start, figure.end, alignment_mode="expand")
        if amount is None or amount.root.dep_ not in ("nsubj", "nsubjpass"):
            return None
        chunks = [c for c in sentence.noun_chunks if c.end_char <= sentence.end_char]
        purpose = next((c for c in chunks if c.start_char >= cue.end()), None)
        if purpose is None:
            return None
        inside = [h for h in hits if purpose.start_char <= h.start < purpose.end_char]
        if inside:
            base = MetricChoice(inside[0].metric.id, inside[0].metric.label, inside[0].metric.unit, "vocabulary")
        else:
            found = phrase_metric(purpose, chunks, skip, self.open_words)
            if found is None:
                return None
            base = MetricChoice(found[0], found[1], "count", "open")
        return ChosenMetric(self._derive(text, figure, base), purpose.end_char)

    def _elaborates(self, text: str, figure: Quantity, hit: MetricHit) -> bool:
        """Is the metric phrase after ", particularly ..." that follows the figure (it
        explains the figure: "6th out of 62, particularly excelling in patents")?"""
        return hit.start >= figure.end and self.elaboration.search(text, figure.end, hit.start) is not None

    def _counted_noun(
        self, sentence: Span, figure: Quantity, hit: MetricHit, skip: list[tuple[int, int]], rate: str | None
    ) -> MetricChoice | None:
        """The noun a bare count is attached to, when that noun is not the metric phrase:
        "the seven key domains" counts domains whatever metric the sentence names; in a rate,
        the metric phrase after the figure is the base: "17.3 researchers per 1,000 people in
        employment" counts researchers."""
        if figure.unit is not None or figure.kind != "figure" or (rate is not None and hit.start < figure.end):
            return None
        chunks = noun_chunks(sentence)
        chunk = next((c for c in chunks if c.start_char <= figure.start < c.end_char), None)
        if chunk is None or chunk.end_char <= figure.end or chunk.start_char <= hit.start < chunk.end_char:
            return None
        if figure.end <= hit.start <= chunk.end_char + 1:
            return None  # the metric phrase goes on from the chunk: "15 notable AI models"
        counted = sentence.doc.char_span(figure.end, chunk.end_char, alignment_mode="contract")
        found = phrase_metric(counted, chunks, skip, self.open_words) if counted is not None else None
        return MetricChoice(found[0], found[1], rate or "count", "open") if found else None

    def _nearest_hit(self, text: str, figure: Quantity, hits: list[MetricHit], rate: str | None) -> MetricHit:
        return min(
            hits,
            key=lambda h: (
                self._metric_distance(text, h, figure) + (0 if _fits(figure, h.metric.unit, rate) else 500),
                h.start > figure.start,
            ),
        )

    def _named_metric(
        self, text: str, hit: MetricHit, sentences: list[Span], index: int, sentence: Span, skip: list[tuple[int, int]]
    ) -> MetricChoice:
        if self.anaphoric_det.search(text[max(0, hit.start - 20) : hit.start]):
            hit = self._antecedent(text, hit, sentences, index) or hit
        m = hit.metric
        return self._narrowed(sentence, hit, skip) or MetricChoice(m.id, m.label, m.unit, "vocabulary")

    def _unnamed_metric(
        self,
        text: str,
        figure: Quantity,
        context: Context,
        sentence: Span,
        skip: list[tuple[int, int]],
        earlier: MetricChoice | None,
    ) -> MetricChoice | None:
        acted = self._verb_measure(sentence, figure, skip, context.goods)
        if acted is not None:
            return acted
        if figure.unit is None:
            if self.countries.org_after.match(text, figure.end):
                return None  # "will eliminate one team": organisations counted in passing
            counted = open_metric(sentence, figure.start, figure.end, skip, self.open_words, counted_only=True)
            if counted is not None:  # "North Korea fired 30 missiles", whatever was measured before
                return MetricChoice(counted[0], counted[1], "count", "open")
        elif _is_level(figure.unit):
            goods = self._counted_goods(sentence, _counted_token(sentence, figure), skip)
            if goods is not None:  # "added a record 18.48 GW of renewable energy capacity"
                return MetricChoice(*goods, figure.unit, "open")
        process = self._process(sentence, figure, skip, context.goods) or self._moved_object(sentence, figure, skip, context.goods)
        if process is not None:
            return process
        subject = self._measured_subject(sentence, figure, skip)
        if subject is not None:
            return subject
        if earlier is not None:
            # "welcomed 11.1 million foreign tourists in 2023, up 65% from 2022"
            return self._whole_of_share(earlier, figure) or earlier
        if figure.kind == "ordinal" and context.ranking is not None:
            # "The study analyzed AI competitiveness across seven domains of talent, ... and private
            # investment. Korea ranked 6th": a bare place is in the ranking, not in the last domain
            return context.ranking
        amount = figure.unit is not None and _is_money(figure.unit)
        amount_after_count = amount and context.metric is not None and not _is_money(context.metric.unit)
        if amount_after_count and context.money is not None:
            # "Europe fared better on talent than on money. Germany ($1.97 billion), France
            # ($1.7 billion) ... trailed": amounts go on with the money metric named before
            return context.money
        if amount_after_count and (whole := self._whole_of_share(context.metric, figure)) is not None:
            # "R&D spending reached 2.5% of GDP. In absolute terms, Germany accounted for €129.7
            # billion": an amount after a share of GDP is the amount the share was of
            return whole
        if context.metric is not None and not amount_after_count:
            # the unit a context hands on is that of its last claim, so only a bare count is checked
            if figure.unit is None and not _fits(figure, context.metric.unit, None):
                return None
            if figure.unit == "percent" and _is_level(context.metric.unit) and self._change_sign(text, figure) is None:
                return None  # "fertility rate ... 0.78. The won has lost about 12% against the dollar"
            return context.metric
        found = open_metric(sentence, figure.start, figure.end, skip, self.open_words)
        if found is not None and self._names_doers(found[1]):
            return None  # "Chinese developers connected 75.9 GW": who did it, not what was measured
        return self._open_choice(found)

    def _counted_after(self, sentence: Span, figure: Quantity, skip: list[tuple[int, int]]) -> MetricChoice | None:
        """What the words right after a figure say it counts: "172 kg of fertiliser", "53 models"."""
        if figure.unit is not None and _is_level(figure.unit):
            found = self._counted_goods(sentence, _counted_token(sentence, figure), skip)
        elif figure.unit is None:
            found = open_metric(sentence, figure.start, figure.end, skip, self.open_words, counted_only=True)
        else:
            return None
        return None if found is None else MetricChoice(found[0], found[1], figure.unit or "count", "open")

    def _names_doers(self, label: str) -> bool:
        head = label.rsplit(" ", 1)[-1]
        return any(form in self.people_nouns or form in self.organisation_nouns for form in (head, f"{head}s"))

    def _of_goods(
        self, sentence: Span, figure: Quantity, base: MetricChoice, skip: list[tuple[int, int]], goods: tuple[str, str] | None
    ) -> MetricChoice:
        """A physical amount of a metric named for any goods is of the goods it weighs: "exported
        90.3 million tonnes of finished steel" are finished steel exports, and so are the
        "Exports ... 53.4 million tonnes" after them."""
        if figure.unit is None or not _is_level(figure.unit) or figure.unit == "years" or base.rule != "vocabulary":
            return base
        found = self._counted_goods(sentence, _counted_token(sentence, figure), skip)
        label = found[1] if found else goods[1] if goods is not None and goods[0] == figure.unit else None
        if label is None or label in base.label:
            return base
        return MetricChoice(f"{snake_case(label)}_{base.id}", f"{label} {base.label}", base.unit, "narrowed")

    def _process(
        self, sentence: Span, figure: Quantity, skip: list[tuple[int, int]], goods: tuple[str, str] | None
    ) -> MetricChoice | None:
        """A process noun (rules/cues.yaml process_nouns) as subject or object of the figure's
        verb names the metric, with what its phrase says was produced or else the goods the
        article last weighed: "South Korean output rose 1.3% to 66.7 million tonnes" after
        "tonnes of finished steel" is finished steel production."""
        verb = next(_verbs_above(sentence, figure), None)
        noun = None if verb is None else next(
            (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.lemma_.lower() in self.process_nouns), None
        )
        if noun is None:
            return None
        chunks = noun_chunks(sentence)
        chunk = next((c for c in chunks if c.root == noun), None)
        found = None if chunk is None else phrase_metric(chunk, chunks, skip, self.open_words)
        words = [w for w in found[1].split() if w != noun.lemma_.lower()] if found else []
        if not words and goods is not None and figure.unit in (goods[0], "percent"):
            words = goods[1].split()
        if not words and (figure.unit is None or not _is_level(figure.unit)):
            return None  # "Output had grown 1.8%" in a GDP story: the economy's output, the context's
        label = " ".join([*words, self.process_nouns[noun.lemma_.lower()]])
        return MetricChoice(snake_case(label), label, figure.unit or "count", "verb")

    @staticmethod
    def _whole_of_share(metric: MetricChoice, figure: Quantity) -> MetricChoice | None:
        """The amount a share of GDP is of, for an amount that goes on from the share:
        "5.9% of the nation's GDP. India spent $83.6 billion" is defence spending."""
        if figure.unit is None or not _is_money(figure.unit) or SHARE_OF not in metric.id:
            return None
        return MetricChoice(metric.id.split(SHARE_OF)[0], metric.label.split(SHARE_OF_LABEL)[0], figure.unit, "context")

    def _verb_measure(
        self, sentence: Span, figure: Quantity, skip: list[tuple[int, int]], goods: tuple[str, str] | None
    ) -> MetricChoice | None:
        """A figure that a verb of rules/cues.yaml verb_metrics acts on measures the verb's
        noun, narrowed by what it counts and what it is spent on: "harvested 39.6 million bags
        of arabica" is arabica production, "spent $916 billion on its military" military spending.
        A physical amount that does not say what it is of is of what produced it
        ("renewables produced 104.2 terawatt hours") or of the goods the article last weighed
        in its unit: after "shipped 55 million tonnes of wheat", "harvested 91.5
        million tonnes" is wheat production."""
        if figure.kind != "figure":
            return None
        counted = _counted_token(sentence, figure)
        if counted is None or counted.dep_ != "dobj" or counted.head.lemma_.lower() not in self.verb_metrics:
            return None
        verb = counted.head
        chunks = noun_chunks(sentence)
        words: list[str] = []
        if figure.unit is None or _is_level(figure.unit):  # a count or a measure, not money or a percentage
            found = self._counted_goods(sentence, counted, skip)
            if found is None and figure.unit is not None:
                found = self._producer(verb, chunks, skip)
            what = found[1] if found else goods[1] if goods is not None and goods[0] == figure.unit else None
            words += what.split() if what else []
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ in self.verb_purpose:
                purpose = next((c for c in chunks for obj in prep.children if obj.dep_ == "pobj" and c.root == obj), None)
                found = None if purpose is None else phrase_metric(purpose, chunks, skip, self.open_words)
                words += found[1].split() if found else []
        if not words and (figure.unit is None or not _is_level(figure.unit)):
            # "South Korea produced only one", "Germany spent 3.13%": the verb says too little
            # about a bare count, an amount or a percentage; what the sentence before measured goes on
            return None
        label = " ".join([*words, self.verb_metrics[verb.lemma_.lower()]])
        return MetricChoice(snake_case(label), label, figure.unit or "count", "verb")

    def _moved_object(
        self, sentence: Span, figure: Quantity, skip: list[tuple[int, int]], goods: tuple[str, str] | None
    ) -> MetricChoice | None:
        """"lifting its holdings to about 420 tonnes", "bringing official holdings to nearly 595
        tonnes": the figure a verb moves its object to measures that object, of the goods the
        article last weighed in the figure's unit (gold holdings)."""
        if figure.unit is not None and not _is_level(figure.unit):
            return None  # "pledged to lift spending to 2.5 percent of GDP": a share goes on with the text's metric
        counted = _counted_token(sentence, figure)
        if counted is None or counted.dep_ != "pobj" or counted.head.lower_ not in self.verb_target or counted.head.head.pos_ != "VERB":
            return None
        moved = next((c for c in counted.head.head.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
        if moved is None or moved.lemma_.lower() in self.generic_nouns or moved.lemma_.lower() in self.organisation_nouns:
            return None
        chunks = noun_chunks(sentence)
        chunk = next((c for c in chunks if c.root == moved), None)
        found = None if chunk is None else phrase_metric(chunk, chunks, skip, self.open_words)
        if found is None:
            return None
        label = found[1]
        if goods is not None and goods[0] == figure.unit and goods[1] not in label:
            label = f"{goods[1]} {label}"
        return MetricChoice(snake_case(label), label, figure.unit or "count", "open")

    def _producer(self, verb: Token, chunks: list[Span], skip: list[tuple[int, int]]) -> tuple[str, str] | None:
        """What the verb's subject names when it is a thing, not a country, people or a firm:
        "renewables produced 104.2 terawatt hours" is renewable production."""
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
        if subject is None or subject.lower_ in self.people_nouns or subject.lemma_.lower() in self.organisation_nouns:
            return None
        chunk = next((c for c in chunks if c.root == subject), None)
        return None if chunk is None else phrase_metric(chunk, chunks, skip, self.open_words)

    def _counted_goods(self, sentence: Span, counted: Token | None, skip: list[tuple[int, int]]) -> tuple[str, str] | None:
        """What a count or a physical amount counts, as (id, label): "8.1 million electric
        vehicles", "million tonnes of rice" (the figure's own span holds the unit, its "of"
        phrase the thing)."""
        chunks = noun_chunks(sentence)
        own = next((c for c in chunks if c.root == counted), None)
        return None if own is None else phrase_metric(of_phrase(own, chunks) or own, chunks, skip, self.open_words)

    def _list_heading(
        self, text: str, sentence: Span, skip: list[tuple[int, int]], current: MetricChoice | None
    ) -> MetricChoice | None:
        """The metric a line introducing a list names ("Highest homicide rates, 2024 (per 100,000
        people):"): its first noun phrase that names one. None for any other sentence, and when it
        names the current metric less precisely ("built 30.2 million vehicles. The ten largest
        producers were:")."""
        if not introduces_list(text, sentence.end_char):
            return None
        if not text[: sentence.end_char].rstrip().endswith(":") and text.rfind("\n", 0, sentence.start_char) + 1 != sentence.start_char:
            return None  # a caption without its colon is a line of its own, not "... of PV. (Photo: GGJ archive)"
        chunks = noun_chunks(sentence)
        # the phrase with the most words: the parser often splits a caption ("Cumulative | installed | wind capacity")
        named = [m for chunk in chunks if (m := phrase_metric(chunk, chunks, skip, self.open_words)) is not None]
        found = max(named, key=lambda m: len(m[1].split()), default=None)
        if found is None or (current is not None and set(found[0].split("_")) <= set(current.id.split("_"))):
            return None
        return self._open_choice(found)

    def _open_choice(self, found: tuple[str, str] | None) -> MetricChoice | None:
        if found is None:
            return None
        # "the vaccination rate" is measured in percent; other open metrics count things
        unit = "percent" if found[1].rsplit(" ", 1)[-1] in self.percent_nouns else "count"
        return MetricChoice(found[0], found[1], unit, "open")

    def _measured_subject(self, sentence: Span, figure: Quantity, skip: list[tuple[int, int]]) -> MetricChoice | None:
        """"The number of semiconductor engineers in Japan has fallen ... to about 70,000": a
        subject that says what is measured names the metric, whatever the sentence before was about."""
        verb = next(_verbs_above(sentence, figure), None)
        subject = None if verb is None else next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.pos_ != "NOUN":
            return None
        if subject.lower_ in self.measure_subjects:
            of = next((c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            if of is None or not any(c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN") for c in of.children):
                return None  # "Japan's count of 704,000": the figure itself, not what is counted
        elif not self._names_component(subject, skip):
            return None
        chunks = noun_chunks(sentence)
        # the chunker leaves out some ("Per-capita consumption"): then the subject and its left modifiers
        chunk = next((c for c in chunks if c.root == subject), None) or sentence.doc[subject.left_edge.i : subject.i + 1]
        found = self._open_choice(phrase_metric(chunk, chunks, skip, self.open_words))
        return None if found is None else MetricChoice(found.id, found.label, found.unit, "subject")

    def _names_component(self, subject: Token, skip: list[tuple[int, int]]) -> bool:
        """Is the subject a narrowed measure ("Facility investment rose 1.6%", "government
        spending grew 0.7%" after GDP growth) rather than a bare word that leans on the sentence
        before ("Spending on basic research", "its density") or those who did it ("Korean AI
        startups raised", "households")?"""
        if subject.lemma_.lower() in self.generic_nouns or subject.lower_ in self.organisation_nouns:
            return False
        if subject.lower_ in self.people_nouns:
            return False
        return any(
            c.dep_ in ("compound", "amod") and c.pos_ in ("NOUN", "ADJ") and not any(lo <= c.idx < hi for lo, hi in skip)
            or c.dep_ == "nmod" and any(t.pos_ == "NOUN" for t in c.subtree)  # "Per-capita consumption"
            for c in subject.lefts
        )

    def _domain_after(self, text: str, sentence: Span, figure: Quantity) -> str | None:
        """The subject named right after a figure: "536 points in math", "third in reading";
        a common noun, not a place, a time or a phrase such as "in terms of"."""
        match = self.domain_after.match(text, figure.end, sentence.end_char)
        if match is None:
            return None
        token = next((t for t in sentence if t.idx == match.end()), None)
        if token is None or token.pos_ != "NOUN" or token.lower_ in self.generic_nouns or token.lower_ in self.not_domains:
            return None
        return token.lower_

    def _topic(self, headline: str) -> MetricChoice | None:
        """The metric a headline names: what the story's figures measure when the metric the text
        named last has expired ("Japan keeps top spot as life expectancy recovers", then a byline,
        a date and a caption before the first figure)."""
        # not what a share is of: "China's digital economy accounts for 42.8 pct of GDP"
        hits = [h for h in self.metrics.find(headline) if not h.share_only and not re.search(r"\bof\s+(?:the\s+)?$", headline[: h.start])]
        return None if not hits else self._strip_derived(MetricChoice(hits[0].metric.id, hits[0].metric.label, hits[0].metric.unit, "context"))

    def _ranked_for(self, text: str, sentence: Span, figure: Quantity, skip: list[tuple[int, int]]) -> MetricChoice | None:
        """What a place is in, named after it: "ranks Kenya first in Africa for adult mobile money ownership"."""
        match = self.ranked_for.match(text, figure.end, sentence.end_char)
        if match is None:
            return None
        chunks = noun_chunks(sentence)
        chunk = next((c for c in chunks if c.start_char <= match.end() < c.end_char), None)
        return None if chunk is None else self._open_choice(phrase_metric(chunk, chunks, skip, self.open_words))

    def _is_denominator(self, text: str, figure: Quantity, hit: MetricHit) -> bool:
        """"2.5% of GDP", "3% of the country's GDP", "R&D expenditure as a percentage of GDP,
        rose to 2.65 percent": the metric a percentage is taken of."""
        if figure.unit != "percent" or hit.metric.unit == "percent":
            return False  # a share is no whole: "the highest share of renewables at 66%"
        return self._taken_of(text, figure, hit) or bool(self.share_of.search(text, max(0, hit.start - 40), hit.start))

    def _taken_of(self, text: str, figure: Quantity, hit: MetricHit) -> bool:
        """Is the metric right after the percentage, as what it is taken of ("5.9% of the nation's GDP")?"""
        gap = text[figure.end : hit.start]
        return figure.unit == "percent" and bool(self.percent_of.fullmatch(gap))

    @staticmethod
    def _narrowed(sentence: Span, hit: MetricHit, skip: list[tuple[int, int]]) -> MetricChoice | None:
        """A one-word trigger with a noun in front of it names a narrower metric: "semiconductor
        exports" are not a country's exports, "youth unemployment" not its unemployment."""
        span = sentence.doc.char_span(hit.start, hit.end)
        if span is None or len(span) != 1:
            return None
        head = span[0]
        # "prison population rate": the parser hangs both nouns on "rate", so the modifier of
        # "population" is the compound before it on the same head
        lefts = [*head.lefts, *(t for t in head.head.lefts if t.i < head.i)] if head.dep_ == "compound" else list(head.lefts)
        modifiers = [
            t for t in lefts
            if t.dep_ == "compound" and t.pos_ in ("NOUN", "PROPN") and not any(lo <= t.idx < hi for lo, hi in skip)
        ]
        if not modifiers:
            return None
        label = " ".join([*(t.lower_ for t in modifiers), head.lower_])
        metric_id = snake_case(label)
        return MetricChoice(metric_id, label, hit.metric.unit, "narrowed")

    def _metric_distance(self, text: str, hit: MetricHit, figure: Quantity) -> int:
        """Characters between a metric phrase and a figure; another clause in between
        puts the phrase out of reach of closer-looking rivals in the figure's own clause."""
        lo, hi = (hit.end, figure.start) if hit.end <= figure.start else (figure.end, hit.start)
        distance = max(0, hi - lo)
        return distance + (CLAUSE_PENALTY if self.clause_break.search(text[lo:hi]) else 0)

    def _antecedent(self, text: str, hit: MetricHit, sentences: list[Span], index: int) -> MetricHit | None:
        """"109 such models": the metric is the "... models" named in a neighbouring sentence."""
        head = text[hit.start : hit.end].split()[-1].lower()
        for neighbour in (index - 1, index + 1):
            if 0 <= neighbour < len(sentences):
                s = sentences[neighbour]
                for candidate in self.metrics.find(text[s.start_char : s.end_char], s.start_char):
                    words = text[candidate.start : candidate.end].lower().split()
                    if len(words) > 1 and words[-1] == head:
                        return candidate
        return None

    def _derive(self, text: str, figure: Quantity, base: MetricChoice) -> MetricChoice:
        """Ranks and changes are metrics of their own: ai_private_investment_rank."""
        if figure.kind == "ordinal":
            if base.id.endswith("_rank"):
                return base
            return MetricChoice(f"{base.id}_rank", f"{base.label} rank", "rank", base.rule)
        if figure.unit in (None, "percentage_points") and self.metrics.is_ranking(base.id, base.label):
            # "Finland came second on 88", "lost four points": a ranking's bare figure is its score
            score = self.metrics.score_of(base.id, base.label)
            base = MetricChoice(score.id, score.label, score.unit, base.rule)
        already_change = base.id in self.change_metrics and figure.unit != "percentage_points"
        if self._change_sign(text, figure) is not None and not already_change:
            return MetricChoice(f"{base.id}_change", f"{base.label} change", base.unit, base.rule)
        if (
            figure.unit not in ("percent", "percentage_points")
            and not any(word in base.id for word in self.addition_words)
            and (base.rule == "context" or self.new_after.match(text, figure.end))
            and self.added_before.search(text, max(0, figure.start - 40), figure.start)
        ):
            # "Germany added 3.6 GW" of the wind capacity the text is about, "opened 2,457 km of new
            # line": what was added, not what there is ("built 30.2 million vehicles" is production)
            return MetricChoice(f"{base.id}_added", f"{base.label} added", base.unit, base.rule)
        if figure.unit is not None and _is_money(figure.unit) and not _is_money(base.unit) and self.worth_before.search(text, max(0, figure.start - 40), figure.start):
            # "Chinese yards booked orders worth about $110B": the value of what is counted in other units
            return MetricChoice(f"{base.id}_value", f"{base.label} value", figure.unit, base.rule)
        changed = base.id.endswith("_change")  # "| Change on 2022 | -0.7% |" is a change, not a share
        if figure.unit == "percent" and (base.unit == "count" or _is_money(base.unit)) and not changed:  # "48 percent of chip sales"
            return MetricChoice(f"{base.id}_share", f"{base.label} share (percent)", "percent", base.rule)
        return base

    def _change_sign(self, text: str, figure: Quantity) -> int | None:
        # "rose 4.7% and 6.1%": a figure in a list changes the way the list's first figure does
        head = figure.start if figure.list_start is None else figure.list_start
        before = text[max(0, head - 80) : head]
        after = text[figure.end : figure.end + 40]
        direct = figure.unit is not None
        if self.decrease_before.search(before) or self.decrease_after.match(after) or (direct and self.decrease_direct.search(before)):
            return -1
        if self.increase_before.search(before) or self.increase_after.match(after) or (direct and self.increase_direct.search(before)):
            return 1
        return None

    # -- the record -----------------------------------------------------------------------

    def _claim(
        self,
        document: Document,
        text: str,
        sentence: Span,
        figure: Quantity,
        country: CountryMention,
        metric: MetricChoice,
        evidence: YearEvidence,
        rate: str | None,
        attribution: str | None,
    ) -> Claim:
        value, value_max = figure.value, figure.value_max
        changes = metric.id.endswith("_change") or metric.id in self.change_metrics
        if (changes and self._change_sign(text, figure) == -1 or self._names_deficit(text, sentence, figure, metric)) and value > 0:
            value, value_max = -value, (-value_max if value_max is not None else None)
        unit = figure.unit or rate or (metric.unit if metric.unit.startswith("per_") else "count")
        if figure.unit is None and metric.unit in ("percent", "rank", "births_per_woman", "years") and not rate:
            unit = metric.unit if metric.unit != "rank" else "count"
        if _is_money(unit):  # "Mexico's takings rose 16% to 17.2 billion pesos": Mexican pesos
            unit = self.shared_currencies.get(figure.text.rsplit(None, 1)[-1].lower(), {}).get(country.iso, unit)
        article = document.meta.article
        key = f"{article}|{figure.start}|{figure.end}|{country.iso}|{metric.id}"
        return Claim(
            claim_id=hashlib.sha256(key.encode()).hexdigest()[:16],
            article=article,
            country=country.iso,
            country_name=self.countries.name_of(country.iso),
            metric=metric.id,
            metric_label=metric.label,
            value=value,
            value_max=value_max,
            value_text=figure.text,
            precision=figure.precision,
            unit=unit,
            qualifier=figure.qualifier,
            rank_of=self._field_size(text, sentence, figure) if figure.kind == "ordinal" else None,
            year=evidence.year,
            year_source=evidence.source,
            year_text=evidence.text,
            sentence=sentence.text,
            sentence_start=sentence.start_char,
            char_start=figure.start,
            char_end=figure.end,
            source_attribution=attribution,
            rule_id=f"{metric.rule}:{country.form}",
        )

    def _names_deficit(self, text: str, sentence: Span, figure: Quantity, metric: MetricChoice) -> bool:
        """"a deficit of $10.3 billion", "the budget deficit narrowed to 2.0% of GDP": a balance
        named by its negative word since the figure before it is negative; the change of a
        deficit is not."""
        base = next((b for b in self.negative_words if metric.id == b or metric.id == f"{b}_share_of_gdp"), None)
        if base is None:
            return False
        before = text[sentence.start_char : figure.start]
        previous_end = max((m.end() for m in re.finditer(r"\d", before)), default=0)
        return bool(self.negative_words[base].search(before, previous_end))

    def _field_size(self, text: str, sentence: Span, rank: Quantity) -> int | None:
        """How many a rank is a place among: 62 in "6th out of 62 countries", "6th among 62
        evaluated countries"; None when the text does not say right after the rank."""
        cue = self.rank_field.match(text, rank.end, sentence.end_char)
        if cue is None:
            return None
        following = self.quantities.find(text[cue.end() : sentence.end_char])
        field = following[0] if following else None
        if field is None or field.start != 0 or field.kind != "figure" or field.unit is not None:
            return None
        return int(field.value) if field.value.is_integer() and field.value > rank.value else None

    def _rate(self, sentence_text: str) -> str | None:
        match = self.rate.search(sentence_text)
        return self.rate_of[match.group("base").lower()] if match else None

    def _attribution(self, sentence_text: str) -> str | None:
        """Who the sentence says its figures come from: a report named by its title first
        ("the 2020 Global AI Talent Report"), else the name after "according to", "data
        from" ..."""
        if title := self.report_title.search(sentence_text):
            return title.group(0)
        for match in self.attribution_before.finditer(sentence_text):
            words = match.group("src").split()
            while words and words[-1].lower() in self.source_joiners:
                words.pop()
            if words:
                return " ".join(words).rstrip(".,;:")
        return None


def _inside(hit: MetricHit, spans: list[tuple[int, int]]) -> bool:
    return any(lo <= hit.start and hit.end <= hi for lo, hi in spans)


def _is_money(unit: str) -> bool:
    """ISO 4217 codes are the money units."""
    return len(unit) == 3 and unit.isupper()


def _is_level(unit: str) -> bool:
    """Is the unit that of a level no percentage can state, only change: births per woman,
    years, tonnes (not a count or an amount, of which a percentage is a share)?"""
    return unit not in ("percent", "percentage_points", "count", "rank") and not _is_money(unit)


def _in_aside(sentence: Span, year: Quantity, figures: list[Quantity]) -> bool:
    """"the UK, which left the EU in 2020, generated 47.3% ... in 2023", "welcomed 36.9 million
    visitors in 2024, beating the high set in 2019": a year in a relative or participial clause
    without figures dates that clause's event, not the sentence's figures. A clause opened
    by a conjunction ("When the survey was run in 2022, Korea ranked fifth") does date them."""
    span = sentence.doc.char_span(year.start, year.end, alignment_mode="expand")
    if span is None:
        return False
    clause = next((t for t in span.root.ancestors if t.dep_ in ("relcl", "advcl")), None)
    if clause is None or clause.dep_ == "advcl" and not _is_participle(clause):
        return False
    # a relative clause dates the figure of the noun it describes: "the nearly 40 million who visited in 2019"
    scope = clause.head if clause.dep_ == "relcl" else clause
    lo, hi = scope.left_edge.idx, scope.right_edge.idx + len(scope.right_edge)
    return not any(lo <= f.start < hi for f in figures)


_NAME_THEN_COMMA = re.compile(r"[A-Z][\w'’.-]*,[ \u00a0]$")
#: the oldest age a bare number set off after a name is read as
MAX_AGE = 120


def _is_age_after_name(text: str, q: Quantity, mentions: list[CountryMention]) -> bool:
    """Is a bare whole number set off by commas after a name an age ("Anand, 55, became the
    country's first grandmaster", "said Dave Pritchard, 57, a regional organiser")? Not after a
    country ("France, 12, and Spain, 9")."""
    if q.unit is not None or q.kind != "figure" or not q.value.is_integer() or not 0 < q.value <= MAX_AGE:
        return False
    if not _NAME_THEN_COMMA.search(text, max(0, q.start - 40), q.start) or not text.startswith(",", q.end):
        return False
    return not any(m.end == q.start - 2 for m in mentions)


def _tells_of_country(text: str, sentence: Span, year: Quantity, mentions: list[CountryMention]) -> bool:
    """Is a year in a relative clause set off by a comma after a country ("Argentina, which
    adopted an opt-out law in 2018, stood at 19.4")? It dates what the country did then."""
    span = sentence.doc.char_span(year.start, year.end, alignment_mode="expand")
    clause = None if span is None else next((t for t in span.root.ancestors if t.dep_ == "relcl"), None)
    if clause is None:
        return False
    opener = clause.left_edge  # "which", "where", "whose"
    return any(
        m.start <= clause.head.idx < m.end and re.fullmatch(r"\s*,\s*", text[m.end : opener.idx]) for m in mentions
    )


def _is_class(sentence: Span, actor: ActorMention) -> bool:
    """Is a name what something is classed as ("classified as IPC Phase 3 or above"), not who owns a figure?"""
    span = sentence.doc.char_span(actor.start, actor.end, alignment_mode="expand")
    return span is not None and span.root.dep_ == "pobj" and span.root.head.lower_ == "as"


def _year_of_figure(sentence: Span, year: Quantity, figures: list[Quantity]) -> Quantity | None:
    """The figure a year is given with as the modifier of one noun: "its 2014 peak of 78.9",
    "the 2022 figure of 5.1%"."""
    token = next((t for t in sentence if t.idx == year.start), None)
    if token is None or token.dep_ not in ("nummod", "compound", "amod") or token.head.pos_ != "NOUN":
        return None
    for prep in token.head.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                owned = next((f for f in figures if f.start <= obj.idx < f.end or obj.left_edge.idx <= f.start <= obj.idx), None)
                if owned is not None:
                    return owned
    return None


def _is_participle(verb: Token) -> bool:
    """"having overtaken", "beating the previous high": a participle with no subject and no
    conjunction ("When the survey was conducted")."""
    return verb.tag_ in ("VBG", "VBN") and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") or c.tag_ == "WRB" for c in verb.children)


def _in_present_tense(sentence: Span, figure: Quantity) -> bool:
    """Is the verb governing the figure in the present tense ("India is 82nd", "offers 26")?"""
    return _present_verb(sentence, figure) is not None


def _present_verb(sentence: Span, figure: Quantity) -> str | None:
    """The present-tense verb governing the figure, if it is one ("has" in "Nigeria has 0.4 doctors")."""
    verb = next(_verbs_above(sentence, figure), None)
    return verb.text if verb is not None and verb.tag_ in ("VBZ", "VBP") else None


def _counted_label(label: str, counted_as: str | None) -> str:
    """What a count measured by a percentage metric counts: its declared name, or the
    label without its final "rate" or "share" ("people in poverty", "births")."""
    if counted_as:
        return counted_as
    stripped = re.sub(r" (?:rate|share)$", "", label)
    return stripped if stripped != label else f"{label} count"


def _fits(figure: Quantity, metric_unit: str, rate: str | None) -> bool:
    """Can a figure written this way measure a metric with this usual unit?"""
    unit = figure.unit or rate
    if figure.kind == "ordinal":
        return True
    if unit is None:  # "2.5 million people" and "24,600" are no percentages
        return not ((figure.factor > 1 or abs(figure.value) >= 1000) and metric_unit in ("percent", "percentage_points"))
    if unit.startswith("per_") or metric_unit.startswith("per_"):
        return unit == metric_unit
    if unit not in ("percent", "percentage_points") and not _is_money(unit):
        # "net exports of 50.1 TWh": an amount of anything, but no place ("topped the Speedtest
        # Global Index with a median download speed of 398.51 Mbps")
        return metric_unit not in ("percent", "percentage_points", "rank")
    return _is_money(unit) == _is_money(metric_unit)  # "$1.97 billion" is no count of experts


def _lists_places(text: str, figure: Quantity, quantities: list[Quantity]) -> bool:
    """"placing fifth in mathematics, third in reading and second in science": an ordinal
    listed after a place is a place too."""
    before = [q for q in quantities if q.end <= figure.start]
    if figure.kind != "ordinal" or not before or before[-1].kind != "ordinal":
        return False
    return bool(re.fullmatch(r"(?:[ \u00a0]+in[ \u00a0]+[\w-]+)?(?:,[ \u00a0]*|,?[ \u00a0]+and[ \u00a0]+)", text[before[-1].end : figure.start]))


def _restates(text: str, figure: Quantity, quantities: list[Quantity]) -> bool:
    """"a 500 billion parameter model (500B)": a figure in brackets repeating the one
    before it is the same figure, not another."""
    before = [q for q in quantities if q.end <= figure.start]
    if not before or not re.fullmatch(r"(?:[^\S\n]+[\w-]+){0,3}[^\S\n]*\([^\S\n]*", text[before[-1].end : figure.start]):
        return False
    return math.isclose(before[-1].value, figure.value, rel_tol=1e-9)


def _owner_end(text: str, end: int) -> int:
    """Where the words after an owner begin: past "'s" in "Korea's exports"; the owner's own end otherwise."""
    possessive = re.match(r"['’]s?\s+", text[end : end + 4])
    return end + possessive.end() if possessive else end


def _list_members(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the members of the list in text[start:end], without a leading article."""
    bounds = [start, *(x for m in _COORDINATION.finditer(text, start, end) for x in m.span()), end]
    members = []
    for lo, hi in zip(bounds[::2], bounds[1::2]):
        article = re.match(r"(?:the|its|their)\s+", text[lo:hi], re.IGNORECASE)
        members.append((lo + (article.end() if article else 0), hi))
    return members


def _figure_lists(figures: list[Quantity]) -> list[list[Quantity]]:
    """The lists of two or more figures ("11.7, 11.2 and 5.8 per cent"), in order."""
    lists: dict[int, list[Quantity]] = {}
    for figure in figures:
        lists.setdefault(figure.start if figure.list_start is None else figure.list_start, []).append(figure)
    return [run for run in lists.values() if len(run) > 1]


def _coordinated_groups(text: str, mentions: list[CountryMention]) -> list[list[CountryMention]]:
    """Countries joined only by commas and "and": "Germany and Türkiye", "the U.S., China and India"."""
    groups: list[list[CountryMention]] = []
    for mention in _distinct(mentions):
        if groups and _COORDINATION.fullmatch(text[groups[-1][-1].end : mention.start]):
            groups[-1].append(mention)
        else:
            groups.append([mention])
    return groups


def _distinct(mentions: list[CountryMention]) -> list[CountryMention]:
    seen: set[str] = set()
    distinct = []
    for mention in mentions:
        if mention.iso not in seen:
            seen.add(mention.iso)
            distinct.append(mention)
    return distinct


def _verbs_above(sentence: Span, figure: Quantity) -> Iterator[Token]:
    """The verbs on the way up the parse from a figure, nearest first."""
    return (token for token in _heads_above(sentence, figure) if token.pos_ in ("VERB", "AUX"))


def _counted_token(sentence: Span, figure: Quantity) -> Token | None:
    """The word a figure counts, up the parse from the number: "27.5" -> "million" -> "bags"."""
    token = next(_heads_above(sentence, figure), None)
    while token is not None and token.dep_ in ("nummod", "quantmod", "compound") and token.head is not token:
        token = token.head
    return token


def _heads_above(sentence: Span, figure: Quantity) -> Iterator[Token]:
    """The tokens on the way up the parse from a figure, itself first (at most MAX_HEAD_STEPS up)."""
    span = sentence.doc.char_span(figure.num_start, figure.end, alignment_mode="expand")
    if span is None:
        return
    token = span.root
    for _ in range(MAX_HEAD_STEPS):
        yield token
        if token.head is token:
            return
        token = token.head
