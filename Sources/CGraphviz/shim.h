#ifndef DYAD_CGRAPHVIZ_SHIM_H
#define DYAD_CGRAPHVIZ_SHIM_H
#include <graphviz/gvc.h>

/* agtail/aghead are macros that Swift cannot import. Only symbols that the
   installed headers declare are used: no private Graphviz globals. */
static inline Agnode_t *dyad_edge_tail(Agedge_t *edge) { return agtail(edge); }
static inline Agnode_t *dyad_edge_head(Agedge_t *edge) { return aghead(edge); }
#endif
