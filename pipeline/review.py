"""A fact-checker's decisions on conflicts: recorded in the store, shown in every output.

A conflict keeps its id while the claims under it are unchanged, so a decision made today
still applies after tomorrow's run; when its claims change, the conflict is a new one and
opens again.
"""

from __future__ import annotations

from collections.abc import Sequence

from .errors import ConfigError
from .evaluate import read_records
from .models import Conflict, Review, ReviewStatus
from .reports import summarize, write_outputs
from .rules import load_rules
from .settings import Settings
from .store import Store, StoredClaims


def apply_reviews(conflicts: Sequence[Conflict], reviews: Sequence[Review]) -> list[Conflict]:
    """The conflicts with the status and note of their recorded review, if any."""
    by_id = {review.conflict_id: review for review in reviews}
    reviewed = []
    for conflict in conflicts:
        if (review := by_id.get(conflict.conflict_id)) is not None:
            conflict = conflict.model_copy(update={"status": review.status, "review_note": review.note})
        reviewed.append(conflict)
    return reviewed


def match_conflict(conflicts: Sequence[Conflict], prefix: str, where: str) -> Conflict:
    """The one conflict whose id starts with `prefix`; ConfigError for none or several."""
    matches = [c for c in conflicts if c.conflict_id.startswith(prefix.lower())]
    if len(matches) == 1:
        return matches[0]
    if matches:
        listed = ", ".join(c.conflict_id for c in matches)
        raise ConfigError(f"id {prefix!r} matches {len(matches)} conflicts ({listed}); give more characters")
    raise ConfigError(f"id {prefix!r} matches no conflict in {where}; `newsfacts conflicts` lists them")


def record_review(settings: Settings, prefix: str, status: ReviewStatus, note: str | None) -> Conflict:
    """Record a decision on a conflict of the last run and rewrite the outputs with it.
    The last run's conflicts are kept as they are (reference conflicts included)."""
    conflicts_path = settings.out / "conflicts.jsonl"
    if not conflicts_path.is_file() or not settings.store_path.is_file():
        raise ConfigError(f"no run in {settings.out}; run `newsfacts run --out {settings.out}` first")
    conflicts = read_records(conflicts_path, Conflict)
    conflict = match_conflict(conflicts, prefix, str(conflicts_path))
    with Store(settings.store_path) as store:
        store.set_review(conflict.conflict_id, status, note)
        reviewed = apply_reviews(conflicts, store.reviews())
        articles = store.articles()
    claims = StoredClaims(settings.store_path)
    rules = load_rules(settings.rules.resolve())
    write_outputs(settings.out, articles, claims, reviewed, summarize(articles, claims, reviewed, rules.sha256))
    return next(c for c in reviewed if c.conflict_id == conflict.conflict_id)
