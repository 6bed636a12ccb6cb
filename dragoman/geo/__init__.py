"""Places: the gazetteer of places named in news text (see `gazetteer`).

The actors stage reads the gazetteer (an unknown place entity gets its country from it) and the gazetteer
reads the actors' phrase matcher and country names; importing the actors package first lets either side
be imported first.
"""

import dragoman.actors  # noqa: F401  (import order: see above)
