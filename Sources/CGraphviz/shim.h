#ifndef DYAD_CGRAPHVIZ_SHIM_H
#define DYAD_CGRAPHVIZ_SHIM_H
#include <graphviz/gvc.h>

/* Globals of libgvc that gate file loading (lib/common/globals.h, not installed).
   With HTTPServerEnVar set and Gvfilepath empty, Graphviz refuses to open any
   file named by an attribute (image, shapefile, HTML IMG). */
extern char *HTTPServerEnVar;
extern char *Gvfilepath;
extern char *Gvimagepath;

/* agtail/aghead are macros that Swift cannot import. */
static inline Agnode_t *dyad_edge_tail(Agedge_t *edge) { return agtail(edge); }
static inline Agnode_t *dyad_edge_head(Agedge_t *edge) { return aghead(edge); }

/* Turns file loading off for this process: called before every layout. */
static inline void dyad_disable_file_loading(char *serverName) {
    HTTPServerEnVar = serverName;
    Gvfilepath = NULL;
    Gvimagepath = NULL;
}
#endif
