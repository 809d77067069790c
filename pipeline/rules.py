"""Load and validate rules/: the only module that reads that folder.

Every file has a pydantic schema with extra="forbid"; duplicate YAML keys are rejected
(plain YAML keeps the last one silently). Errors name the file and the field:
`rules/metrics.yaml: metrics.12.unit: Input should be a valid string`.
"""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

import pycountry
import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from .errors import RuleFileError
from .models import Qualifier


M = TypeVar("M", bound=BaseModel)


class _Rule(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


# --- numbers.yaml ---------------------------------------------------------------------


class Scale(_Rule):
    words: list[str]
    factor: float = Field(gt=0)
    attached_only: bool = False


class Currencies(_Rule):
    before: dict[str, str]
    after: dict[str, str]
    hundredths: dict[str, str] = Field(default_factory=dict)  # "cents" -> USD: 41 cents is 0.41 USD
    shared: dict[str, dict[str, str]] = Field(default_factory=dict)  # name -> {country ISO3: code}

    @model_validator(mode="after")
    def _shared_names_are_read(self) -> "Currencies":
        unread = [name for name in self.shared if name not in self.after and name not in self.hundredths]
        if unread:  # the parser finds a currency name by `after` or `hundredths` alone
            raise ValueError(f"shared currency names missing from 'after': {', '.join(unread)}")
        return self


class YearSpan(_Rule):
    min: int
    max: int


class NumberRules(_Rule):
    scales: list[Scale]
    currencies: Currencies
    percent: list[str]
    percentage_points: list[str]
    basis_points: list[str]
    measures: dict[str, list[str]]
    scaled_measures: dict[str, float] = Field(default_factory=dict)
    rate_bases: dict[str, str]
    qualifiers: dict[Qualifier, list[str]]
    negative_before: list[str]
    number_words: dict[str, int]
    ordinal_words: dict[str, int]
    fraction_words: list[str]
    fraction_articles: list[str]
    ordinal_suffixes: list[str]
    place_number_before: list[str]
    range_joiners: list[str]
    opened_range_joiners: dict[str, str]
    shared_scale_joiners: list[str]
    change_starters: list[str]
    year_span: YearSpan
    fiscal_year_prefixes: list[str]


# --- cues.yaml ------------------------------------------------------------------------


class RankCues(_Rule):
    before: list[str]
    after: list[str]
    not_before: list[str]
    moves: list[str]
    headers: list[str] = Field(default_factory=list)
    field: list[str]
    components: list[str]
    for_links: list[str] = Field(default_factory=list)


class ForecastCues(_Rule):
    words: list[str]
    auxiliaries: list[str]


class ChangeCues(_Rule):
    headers: list[str] = Field(default_factory=list)
    increase_before: list[str]
    increase_after: list[str]
    decrease_before: list[str]
    decrease_after: list[str]
    decrease_verbs: list[str]
    fundraising_verbs: list[str]
    addition_verbs: list[str] = Field(default_factory=list)
    addition_metric_words: list[str] = Field(default_factory=list)
    increase_verbs: list[str]


class AttributionCues(_Rule):
    before: list[str]
    report_titles: list[str]
    anaphora: list[str]
    joiners: list[str]


class PeriodCues(_Rule):
    starts: list[str]
    joins: list[str]
    same: list[str]


class YearCues(_Rule):
    period_before: list[str]
    relative: dict[str, int]
    relative_to_context: dict[str, int]
    edition_words: list[str]
    ranking_edition_words: list[str]
    release_words: list[str]
    news_days: list[str]
    reporting_words: list[str]
    period: PeriodCues
    comparison_before: list[str]
    base_before: list[str]
    record_starts: list[str]
    base_nouns: list[str] = Field(default_factory=list)
    peak_before: list[str] = Field(default_factory=list)
    now_words: list[str] = Field(default_factory=list)
    months: list[list[str]]


class CueRules(_Rule):
    rank: RankCues
    change: ChangeCues
    durations: list[str]
    age_words: list[str]
    denominator_before: list[str]
    forecast: ForecastCues
    plan_before: list[str]
    measure_subjects: list[str]
    share_nouns: list[str]
    not_domains: list[str]
    domain_links: list[str]
    object_prepositions: list[str]
    owner_phrase_prepositions: list[str]
    denominator_after: list[str]
    organisation_nouns: list[str]
    organisation_suffixes: list[str]
    topic_terms: list[str]
    measure_name_heads: list[str] = Field(default_factory=list)
    link_list_headings: list[str] = Field(default_factory=list)
    world_words: list[str] = Field(default_factory=list)
    value_words: list[str] = Field(default_factory=list)
    people_nouns: list[str]
    pronoun_subjects: list[str]
    back_reference_nouns: list[str]
    difference_nouns: list[str]
    percent_nouns: list[str]
    clause_words: list[str]
    place_prepositions: list[str]
    group_prepositions: list[str]
    open_metric_modifiers: list[str]
    counting_nouns: list[str]
    anaphoric_determiners: list[str]
    anaphora: list[str]
    attribution: AttributionCues
    years: YearCues
    clause_breaks: list[str]
    government_nouns: list[str]
    generic_nouns: list[str]
    verb_metrics: dict[str, str] = Field(default_factory=dict)
    verb_purpose_prepositions: list[str] = Field(default_factory=list)
    label_words: list[str] = Field(default_factory=list)
    verb_target_prepositions: list[str] = Field(default_factory=list)
    process_nouns: dict[str, str] = Field(default_factory=dict)
    agent_nouns: dict[str, str] = Field(default_factory=dict)
    allocation_after: list[str]
    elaboration_before: list[str]


# --- metrics.yaml ---------------------------------------------------------------------


class MetricExamples(_Rule):
    match: list[str] = Field(min_length=1)
    no_match: list[str] = Field(default_factory=list)


class Metric(_Rule):
    id: str = Field(pattern=r"^[a-z0-9]+(_[a-z0-9]+)*$")
    label: str
    unit: str
    triggers: list[str] = Field(min_length=1)
    examples: MetricExamples
    measures_change: bool = Field(
        default=False, description="its figures are changes already (a growth rate): 'shrank 0.3%' is -0.3, not a change of it"
    )
    takes_domain: bool = Field(
        default=False, description="a figure followed by 'in <subject>' is of that subject: 'scored 536 points in math'"
    )
    ranking_score: bool = Field(
        default=False,
        description="its triggers ('score', 'scored') are the score of the ranking (an index) that the sentence or article names, when it names one",
    )
    share_triggers: list[str] = Field(
        default_factory=list,
        description="words that name this metric only for a percentage of another: 'a deficit of 5.5% of GDP', never 'a talent deficit'",
    )
    negative_when: list[str] = Field(
        default_factory=list,
        description="words that make a figure of this balance negative when they name it: 'a deficit of $10.3 billion' is -10.3e9",
    )
    counted_as: str | None = Field(
        default=None,
        description="what a figure of this percentage metric that is no percentage counts: '13.3 million people were out of work' "
        "counts 'unemployed people'; without it the label loses its final 'rate' or 'share'",
    )


class MetricRules(_Rule):
    metrics: list[Metric]
    ranking_words: list[str] = Field(
        default_factory=list,
        description="last words of a named ranking ('Global Innovation Index'): such a name is a rank metric of its own",
    )

    @field_validator("metrics")
    @classmethod
    def _unique_ids(cls, metrics: list[Metric]) -> list[Metric]:
        seen: set[str] = set()
        for metric in metrics:
            if metric.id in seen:
                raise ValueError(f"metric id {metric.id!r} is defined twice")
            seen.add(metric.id)
        return metrics


# --- countries.yaml -------------------------------------------------------------------


class CountryEntry(_Rule):
    aliases: list[str] = Field(default_factory=list)
    demonyms: list[str] = Field(default_factory=list)


class CountryRules(_Rule):
    countries: dict[str, CountryEntry]
    ambiguous_demonyms: list[str] = Field(default_factory=list)
    not_countries: list[str] = Field(default_factory=list)
    country_groups: list[str] = Field(default_factory=list)
    scope_prepositions: list[str] = Field(default_factory=list)
    agency_prefixes: list[str] = Field(default_factory=list)
    skip_iso_names: list[str] = Field(default_factory=list)
    generic_tlds: list[str] = Field(default_factory=list)
    tld_aliases: dict[str, str] = Field(default_factory=dict)

    @field_validator("countries")
    @classmethod
    def _iso_codes(cls, countries: dict[str, CountryEntry]) -> dict[str, CountryEntry]:
        # pycountry ignores case, and a claim's country is upper case
        unknown = [code for code in countries if not code.isupper() or pycountry.countries.get(alpha_3=code) is None]
        if unknown:
            raise ValueError(f"not ISO 3166-1 alpha-3 codes: {', '.join(unknown)}")
        return countries


class RuleSet(_Rule):
    """Everything in rules/, validated. Built once per rules folder by load_rules()."""

    numbers: NumberRules
    cues: CueRules
    metrics: MetricRules
    countries: CountryRules
    sha256: str = Field(description="hash of every file in rules/, recorded with each run")


# --- loading --------------------------------------------------------------------------


class _UniqueKeyLoader(yaml.SafeLoader):
    """A SafeLoader that refuses a mapping with the same key twice."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        keys: set[Any] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in keys:
                raise yaml.constructor.ConstructorError(
                    None, None, f"duplicate key {key!r}", key_node.start_mark
                )
            keys.add(key)
        return super().construct_mapping(node, deep=deep)


def read_yaml(path: Path) -> Any:
    """Parse one YAML file of ours, rejecting duplicate keys; errors name the file."""
    try:
        with path.open(encoding="utf-8") as handle:
            return yaml.load(handle, Loader=_UniqueKeyLoader)  # noqa: S506 - SafeLoader subclass
    except OSError as err:
        raise RuleFileError(f"{path}: cannot read ({err.strerror})") from err
    except yaml.YAMLError as err:
        raise RuleFileError(f"{path}: invalid YAML: {err}") from err


def validate_file(path: Path, model: type[M]) -> M:
    """Read path and validate it against model, flattening errors to `file: loc: msg` lines."""
    data = read_yaml(path)
    try:
        return model.model_validate(data)
    except ValidationError as err:
        lines = [
            f"{path}: {'.'.join(str(part) for part in error['loc'])}: {error['msg']}"
            for error in err.errors()
        ]
        raise RuleFileError("\n".join(lines)) from err


def hash_rules(folder: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        digest.update(path.relative_to(folder).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


@cache
def load_rules(folder: Path) -> RuleSet:
    """Load every rule file in folder; raises RuleFileError naming the file and field."""
    if not folder.is_dir():
        raise RuleFileError(f"{folder}: rules folder not found (pass --rules DIR)")
    return RuleSet(
        numbers=validate_file(folder / "numbers.yaml", NumberRules),
        cues=validate_file(folder / "cues.yaml", CueRules),
        metrics=validate_file(folder / "metrics.yaml", MetricRules),
        countries=validate_file(folder / "countries.yaml", CountryRules),
        sha256=hash_rules(folder),
    )
