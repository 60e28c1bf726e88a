// libinotifytools (Debian libinotifytools0-dev) ships no pkg-config file, so the module map
// links `inotifytools` directly. Swift cannot read a struct's flexible array member, hence
// the one-line accessor for the event's `name`.
#include <sys/inotify.h>
#include <inotifytools/inotifytools.h>

static inline const char *dossier_inotify_event_name(const struct inotify_event *event) {
    return event->len > 0 ? event->name : "";
}
