"""A batch run: corpus folder in, claims, conflicts and reports out.

Articles stream through spaCy's nlp.pipe; only the claims (small records) are kept for
reconciliation, never the corpus or its Docs.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from .claims import ClaimExtractor
from .ingest import read_corpus
from .models import Article, Claim, Conflict, Document, RunSummary
from .nlp import load_nlp
from .reconcile import reconcile
from .reference import ReferenceFigure
from .reports import write_outputs
from .rules import load_rules
from .settings import Settings


@dataclass(frozen=True)
class RunResult:
    articles: list[Article]
    claims: list[Claim]
    conflicts: list[Conflict]
    summary: RunSummary


def run_batch(
    settings: Settings, on_article: Callable[[Article], None] | None = None, reference: Sequence[ReferenceFigure] = ()
) -> RunResult:
    """Extract, reconcile and write every output for settings.corpus into settings.out."""
    rules = load_rules(settings.rules.resolve())
    nlp = load_nlp(settings.spacy_model)
    extractor = ClaimExtractor(rules)
    articles: list[Article] = []
    claims: list[Claim] = []

    def accepted() -> Iterator[tuple[str, Document]]:
        for item in read_corpus(settings.corpus, settings):
            if isinstance(item, Document):
                yield item.text, item
            else:
                articles.append(item)
                if on_article:
                    on_article(item)

    for doc, document in nlp.pipe(accepted(), as_tuples=True, batch_size=16):
        found = extractor.extract(doc, document)
        claims.extend(found)
        article = document.meta.model_copy(update={"n_claims": len(found)})
        articles.append(article)
        if on_article:
            on_article(article)

    articles.sort(key=lambda a: a.article)
    claims.sort(key=lambda c: (c.article, c.char_start, c.country, c.metric))
    conflicts = reconcile(claims, reference=reference)
    rejected = [a for a in articles if a.status == "rejected"]
    summary = RunSummary(
        articles_read=len(articles),
        articles_rejected=len(rejected),
        rejected_by_reason=dict(sorted(Counter(str(a.reason) for a in rejected).items())),
        claims=len(claims),
        conflicts=len(conflicts),
        rules_sha256=rules.sha256,
    )
    write_outputs(settings.out, articles, claims, conflicts, summary)
    return RunResult(articles, claims, conflicts, summary)
