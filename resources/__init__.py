"""The till's resources: demo data, icons and translations (the `.ts` sources; the `.qm`
catalogues Qt loads are compiled from them by `make translations` and by a wheel's build).

Installed, this folder is the package `app.resource_files` (pyproject.toml maps it there), so
the import system finds it the same way in a wheel, an editable install and the bundle: see
app/resources.py. A regular package, not a namespace one, because setuptools' editable finder
cannot map a namespace package that sits outside its parent's folder. It holds no code.
"""
