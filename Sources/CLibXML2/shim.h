#ifndef ENMIENDA_CLIBXML2_SHIM_H
#define ENMIENDA_CLIBXML2_SHIM_H

// Debian builds libxml2 with ICU. Its headers then pull in ICU's <unicode/...>
// headers, whose `UErrorCode` clashes with the copy Foundation sees. None of the
// APIs Enmienda uses need ICU, so hide it before any other libxml2 header.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlsave.h>

#endif
