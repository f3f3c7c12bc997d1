"""Copy the briefing's slide screenshots and PDF pages from artifacts/ into docs/evidence/briefing, downscaled.

Run `bash scripts/test.sh tests/browser/test_briefing.py` first: it writes the full-size images to artifacts/.
"""

from pathlib import Path

from PIL import Image

REPO = Path(__file__).resolve().parent.parent
SOURCES = ("artifacts/screenshots/briefing-*-1920x1080.png", "artifacts/briefing/jawa-barat-2021-pdf-*.png")
TARGET = REPO / "docs" / "evidence" / "briefing"
SIZE = (1280, 720)


def main() -> None:
    TARGET.mkdir(parents=True, exist_ok=True)
    for pattern in SOURCES:
        for path in sorted(REPO.glob(pattern)):
            image = Image.open(path).convert("RGB")
            image.thumbnail(SIZE)
            name = path.name.replace("-1920x1080", "").replace("jawa-barat-2021-", "")
            image.quantize(colors=128).save(TARGET / name, optimize=True)
            print(TARGET / name)


if __name__ == "__main__":
    main()
