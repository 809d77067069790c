"""Find the countries a text names: aliases, demonyms and "the country" anaphora.

The alias table in rules/countries.yaml (plus ISO names from pycountry) decides what is a
country; spaCy's NER only vetoes names inside a longer organisation or person name
("Korea Bizwire", "Chinese Academy of Sciences") and marks organisations that can own a
figure instead of a country.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from urllib.parse import urlsplit

import pycountry
from spacy.tokens import Doc, Span

from .patterns import one_of
from .rules import CountryRules, CueRules

#: NER labels whose spans are names of things other than countries
NAME_LABELS = frozenset({"ORG", "PERSON", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW"})
#: NER labels of actors that can own a figure instead of a country
ACTOR_LABELS = frozenset({"ORG", "PERSON", "PRODUCT"})
#: tokens between a country's name and the organisation noun it qualifies ("U.S.-headquartered chip companies")
MAX_NAME_TO_NOUN = 4
#: an aside between dashes, which does not change whom the sentence is about
ASIDE = re.compile(r"[—–][^—–\n]{1,120}[—–]")


@dataclass(frozen=True, slots=True)
class CountryMention:
    start: int
    end: int
    iso: str
    form: str  # "name", "demonym" or "anaphor"
    is_object: bool = False  # the object of a preposition of direction: "exports to China"


@dataclass(frozen=True, slots=True)
class ActorMention:
    """An organisation, person or product: a figure next to it is about it, not a country."""

    start: int
    end: int


def _pattern(phrases: list[str]) -> re.Pattern[str]:
    """Whole phrases, in their case as written: names and demonyms are capitalised."""
    return re.compile(rf"(?<![\w.]){one_of(phrases, case_sensitive=True)}(?![\w])")


class CountryFinder:
    def __init__(self, countries: CountryRules, cues: CueRules) -> None:
        self.iso_of: dict[str, str] = {}
        self.demonym_iso: dict[str, str] = {}
        self.names: dict[str, str] = {}
        for iso, entry in countries.countries.items():
            record = pycountry.countries.get(alpha_3=iso)
            official = [getattr(record, attr, None) for attr in ("name", "official_name", "common_name")]
            self.names[iso] = getattr(record, "common_name", None) or record.name
            iso_names = [name for name in official if name and name not in countries.skip_iso_names]
            for alias in [*entry.aliases, *iso_names]:
                self.iso_of.setdefault(_straight(alias), iso)
            for demonym in entry.demonyms:
                if demonym not in countries.ambiguous_demonyms:
                    self.demonym_iso.setdefault(_straight(demonym), iso)
        self.not_country_re = _pattern(countries.not_countries)
        self.alias_re = _pattern(list(self.iso_of))
        self.demonym_re = _pattern(list(self.demonym_iso))
        self.org_after = re.compile(
            rf"[ \u00a0]+(?:[\w-]+[ \u00a0]+)?{one_of(cues.organisation_nouns)}\b",
            re.IGNORECASE,
        )
        self.organisation_nouns = frozenset(noun.lower() for noun in cues.organisation_nouns)
        self.government = re.compile(
            rf"\b{one_of(cues.government_nouns)}\b", re.IGNORECASE
        )
        self.org_suffix = re.compile(one_of(cues.organisation_suffixes), re.IGNORECASE)
        self.generic_tlds = frozenset(countries.generic_tlds)
        self.tld_aliases = countries.tld_aliases
        self.people_after = re.compile(
            rf"[ \u00a0]+(?:[\w.-]+[ \u00a0]+){{0,2}}?{one_of(cues.people_nouns)}\b", re.IGNORECASE
        )
        self.topics = frozenset(_straight(term).lower() for term in cues.topic_terms)
        self.measure_name_heads = frozenset(cues.measure_name_heads)
        self.country_groups = frozenset(group.lower() for group in countries.country_groups)
        self.group_re = _pattern(countries.country_groups)
        self.agency_before = re.compile(rf"(?<![\w]){one_of(countries.agency_prefixes, case_sensitive=True)}[ \u00a0]+$")
        self.scope_prepositions = frozenset(countries.scope_prepositions)
        self.object_prepositions = frozenset(p.lower() for p in cues.object_prepositions)
        self.owner_phrase_prepositions = frozenset(p.lower() for p in cues.owner_phrase_prepositions)
        self.anaphor_re = re.compile(
            rf"\b{one_of(cues.anaphora)}(?![\w])",
            re.IGNORECASE,
        )

    def is_about_group(self, sentence: Span, sentence_text: str) -> bool:
        """Is a group of countries the sentence's subject or scope ("The EU spent", "Across the
        OECD, the average math score fell"), not a word before its members ("among OECD
        members") or its data ("according to OECD data")?"""
        for match in self.group_re.finditer(_straight(sentence_text)):
            span = sentence.doc.char_span(sentence.start_char + match.start(), sentence.start_char + match.end())
            if span is None:
                continue
            root = span.root
            if root.dep_ == "poss":  # "The bloc's jobless rate was 6.0%": the group owns the subject
                root = root.head
            if root.dep_ in ("nsubj", "nsubjpass") or (root.dep_ == "pobj" and root.head.lower_ in self.scope_prepositions):
                return True
        return False

    def iso_named(self, name: str) -> str | None:
        """The country a name alone stands for ("Spain", "the U.S."), as in a table's cell."""
        name = _straight(name).strip()
        return self.iso_of.get(name) or self.iso_of.get(name.removeprefix("the ").removeprefix("The "))

    def mention_of(self, iso: str) -> CountryMention:
        """A mention standing for iso where the text refers to it without naming it."""
        return CountryMention(0, 0, iso, "anaphor")

    def name_of(self, iso: str) -> str:
        return self.names.get(iso) or pycountry.countries.get(alpha_3=iso).name

    def home_country(self, url: str | None) -> str | None:
        """The country of a publisher on a national domain (cm.asiae.co.kr: KOR), whose "the
        government" means its own when no country is named before it. Domains used as
        generic names (.io, .ai, .tv) say nothing."""
        host = urlsplit(url).hostname if url else None
        if not host or "." not in host:
            return None
        tld = host.rsplit(".", 1)[1].lower()
        if tld in self.generic_tlds:
            return None
        iso = self.tld_aliases.get(tld)
        if iso is None and len(tld) == 2 and (record := pycountry.countries.get(alpha_2=tld.upper())):
            iso = record.alpha_3
        return iso if iso in self.names else None

    def find(
        self, doc: Doc, text: str, home: str | None = None, quantities: list[tuple[int, int]] = ()
    ) -> tuple[list[CountryMention], list[ActorMention]]:
        """Country and actor mentions in doc, whose text is `text` (spaCy rebuilds doc.text
        token by token on every access), each list in text order. `home` is the
        publisher's country: the government a national article names without a country
        ("the Ministry of Science and ICT", "the government's budget") is its. A name inside
        one of the `quantities` spans is part of a currency ("US$683.8 billion"), no mention."""
        text = _straight(text)
        state = [e for e in doc.ents if self.government.search(e.text)]  # "the South Korean National Assembly"
        name_spans = [(e.start_char, e.end_char) for e in doc.ents if e.label_ in NAME_LABELS and e not in state]
        asides = [(m.start(), m.end()) for m in ASIDE.finditer(text)]
        actors = [
            ActorMention(e.start_char, e.end_char)
            for e in doc.ents
            if e.label_ in ACTOR_LABELS and e not in state and self._can_own_figures(e, asides)
        ]
        name_spans += [(m.start(), m.end()) for m in self.not_country_re.finditer(text)]
        name_spans += [(start, end) for start, end in quantities]
        mentions: list[CountryMention] = []
        for match in self.alias_re.finditer(text):
            if self.agency_before.search(text, max(0, match.start() - 20), match.start()):
                continue  # "Statistics Korea" is the agency, a source
            if self.org_suffix.match(text, match.end()) and not self._names_many(doc, match.end()):
                actors.append(ActorMention(match.start(), match.end()))  # "the UK-based firm Tortoise"
                continue
            if not _inside_longer_name(match.start(), match.end(), name_spans, text):
                mentions.append(CountryMention(match.start(), match.end(), self.iso_of[match.group(0)], "name"))
        for match in self.demonym_re.finditer(text):
            people = self.people_after.match(text, match.end())  # "Korean Ph.D. graduates", even if NER says ORG
            after = self.org_after.match(text, match.end())
            # "the Brazilian central bank" is the state's, not a firm's
            organisation = after and not self.government.search(after.group(0)) and not self._names_many(doc, match.end())
            if organisation or (not people and _inside_longer_name(match.start(), match.end(), name_spans, text)):
                actors.append(ActorMention(match.start(), match.end()))
                continue
            mentions.append(CountryMention(match.start(), match.end(), self.demonym_iso[match.group(0)], "demonym"))
        if home is not None:
            mentions += [
                CountryMention(e.start_char, e.end_char, home, "anaphor")
                for e in state
                if not self.alias_re.search(text, e.start_char, e.end_char)
                and not self.demonym_re.search(text, e.start_char, e.end_char)
                # "China's National Health Commission" is China's, whoever publishes
                and not any(re.fullmatch(r"['’]s\s+|\s+", text[m.end : e.start_char]) for m in mentions if m.end <= e.start_char)
            ]
        mentions.sort(key=lambda m: m.start)
        mentions = _drop_overlaps(mentions)
        # an organisation that is a country's name ("The Reserve Bank of Australia") is the country
        actors = [a for a in actors if not any(_same_name(m, a, text) for m in mentions)]
        mentions = [self._with_role(doc, m) for m in self._resolve_anaphora(doc, text, mentions, home)]
        return mentions, sorted(actors, key=lambda a: a.start)

    def _with_role(self, doc: Doc, mention: CountryMention) -> CountryMention:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or mention.end == 0:
            return mention
        root = span.root
        if root.dep_ in ("amod", "compound", "poss") and root.head.dep_ == "pobj" and root.head.head.lower_ not in self.owner_phrase_prepositions:
            root = root.head  # "competition from Chinese panel makers", "exports to China's neighbours"
        if root.dep_ == "pobj" and root.head.lower_ in self.object_prepositions:
            return replace(mention, is_object=True)
        return mention

    def _names_many(self, doc: Doc, end: int) -> bool:
        """Does the organisation noun after a name end in a plural? "Chinese startups raised
        $38.6 billion", "U.S.-headquartered companies held 48 percent": a nationality's firms
        together are its economy; "a Chinese company", "the UK-based firm" is one firm."""
        following = [t for t in doc[doc_index_at(doc, end) :][:MAX_NAME_TO_NOUN] if not t.is_punct]
        noun = next((t for t in following if t.lower_ in self.organisation_nouns), None)
        return noun is not None and noun.tag_ in ("NNS", "NNPS")

    def _can_own_figures(self, entity: Span, asides: list[tuple[int, int]]) -> bool:
        """An organisation or person can own a figure, except when the name is a topic ("AI")
        or a measure ("the National Living Wage"), the name of a state body ("the central
        bank's committee, Copom,"), a modifier of a common noun ("38 OECD countries", "AI
        patents"), an adjective that NER took for a name ("Nominal GDP topped 600 trillion yen"), a group of countries that is not a subject ("the highest R&D
        intensity in the EU", "the UK, which left the EU in 2020, generated ...") or sits in
        an aside between dashes ("Korea's deficit—what SGI calls its brain balance—from 78,000")."""
        if _straight(entity.text).lower() in self.topics or entity[-1].lower_ in self.measure_name_heads:
            return False
        if _straight(entity.text).lower().removeprefix("the ") in self.country_groups and entity.root.dep_ not in (
            "nsubj",
            "nsubjpass",
        ):
            return False  # "Germany, the EU's largest economy, reached 20.8%"
        head = entity.root.head
        if entity.root.dep_ in ("compound", "amod") and (head.pos_ == "NOUN" or (head.pos_ == "PROPN" and not head.ent_type_)):
            return False
        if entity.root.dep_ == "appos" and self.government.search(entity.doc[head.left_edge.i : head.i + 1].text):
            return False  # "the central bank's monetary policy committee, Copom,": the state body's name
        return not any(lo < entity.start_char and entity.end_char < hi for lo, hi in asides)

    def _resolve_anaphora(
        self, doc: Doc, text: str, mentions: list[CountryMention], home: str | None
    ) -> list[CountryMention]:
        """"the country" refers to the one country named earlier in its own sentence, else to
        the one country the closest sentence before names; when that sentence lists several
        ("The ratios for the United States, Japan and China were ..."), to the country the
        article has named most so far, which is whom it is about; with no country before,
        the publisher's home country."""
        sentence_starts = [sent.start_char for sent in doc.sents]
        resolved = list(mentions)
        for match in self.anaphor_re.finditer(text):
            own_sentence = max((s for s in sentence_starts if s <= match.start()), default=0)
            before = [m for m in resolved if m.start < match.start()]
            earlier_here = [m for m in before if m.start >= own_sentence]
            if not earlier_here and any(m.start < own_sentence for m in before):
                last = max(m.start for m in before)
                last_sentence = max(s for s in sentence_starts if s <= last)
                earlier_here = [m for m in before if m.start >= last_sentence]
            named = {m.iso for m in earlier_here}
            if len(named) == 1:
                iso = named.pop()
            elif named:
                iso = most_named(before)
            elif home is not None:
                iso = home
            else:
                continue
            resolved.append(CountryMention(match.start(), match.end(), iso, "anaphor"))
            resolved.sort(key=lambda m: m.start)
        return resolved


def most_named(mentions: list[CountryMention]) -> str:
    """The country named most often among `mentions`; of equals, the one named first (a
    news article names its subject in its opening)."""
    counts = Counter(m.iso for m in mentions)
    return max(mentions, key=lambda m: counts[m.iso]).iso


def doc_index_at(doc: Doc, char: int) -> int:
    """The index of the first token that starts at or after character `char`."""
    return next((t.i for t in doc if t.idx >= char), len(doc))


def _straight(text: str) -> str:
    """Curly apostrophes as straight ones, same length, so offsets stay valid."""
    return text.replace("\u2019", "'")


def _inside_longer_name(start: int, end: int, name_spans: list[tuple[int, int]], text: str) -> bool:
    for span_start, span_end in name_spans:
        if span_start <= start and end <= span_end:
            rest = text[span_start:start].strip() + text[end:span_end].strip()
            if rest.lower() not in ("", "the", "'s"):
                return True
    return False


def _same_name(mention: CountryMention, actor: ActorMention, text: str) -> bool:
    if mention.start <= actor.start and actor.end <= mention.end:
        return True
    inside = actor.start <= mention.start and mention.end <= actor.end
    return inside and not _inside_longer_name(mention.start, mention.end, [(actor.start, actor.end)], text)


def _drop_overlaps(mentions: list[CountryMention]) -> list[CountryMention]:
    kept: list[CountryMention] = []
    for mention in mentions:
        if kept and mention.start < kept[-1].end:
            if mention.end - mention.start > kept[-1].end - kept[-1].start:
                kept[-1] = mention
            continue
        kept.append(mention)
    return kept
