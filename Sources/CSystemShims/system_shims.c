#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include "system_shims.h"

int dossier_rename_noreplace(const char *from, const char *to) {
    return renameat2(AT_FDCWD, from, AT_FDCWD, to, RENAME_NOREPLACE);
}
