"""Load the seed cascade and print its documents and how many obligations each creates.

Run: python examples/load_seed.py
"""

from collections import Counter
from pathlib import Path

import cascade

SEED = Path(__file__).resolve().parents[1] / "workflows" / "kien-giang-xiv-congress.yaml"

seed = cascade.load(SEED)
per_document = Counter(ob.document for ob in seed.obligations)
for document in seed.documents:
    issuer = seed.organisation(document.issuer).name
    print(f"{document.identifier:15} {issuer:45} {per_document[document.id]:3} obligations")
