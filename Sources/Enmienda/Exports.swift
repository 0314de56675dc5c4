// `import Enmienda` gives the whole library: the pure core and the edge built on it.
@_exported import EnmiendaCore
