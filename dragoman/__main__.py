from dragoman.cli import main

if (
    __name__ == "__main__"
):  # Dask's worker processes start by importing this module: they must not run the CLI
    main()
