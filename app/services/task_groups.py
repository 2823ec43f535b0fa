"""The names of the till's groups of background tasks (see app.services.tasks).

Apart from the registry, so the window can name them before asyncio is imported.
"""

SCANS = "scans"  # scans being looked up; each runs to its end
ORDERS_IN_FLIGHT = "orders"  # orders being stored and sent; shutdown lets them finish
