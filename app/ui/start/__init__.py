"""Start-up: the composition roots of the Qt front ends (the till, the pickup board).

Only this package of app/ui builds what talks to Ongoing and to this PC's files (through
`app.services.till.open_till` and friends) and may import the Ongoing client, the
persistence package and the simulator; the windows get what it built.
"""
