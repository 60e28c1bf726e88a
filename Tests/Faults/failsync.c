// An LD_PRELOAD library for the fault-injection tests: fdatasync(2) fails with EIO once
// DOSSIER_FAIL_FDATASYNC_AFTER calls have succeeded. Built by the test with the system's cc.
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <stdlib.h>
#include <unistd.h>

static int calls = 0;

int fdatasync(int fd) {
    const char *after = getenv("DOSSIER_FAIL_FDATASYNC_AFTER");
    if (after != NULL && calls++ >= atoi(after)) {
        errno = EIO;
        return -1;
    }
    int (*real)(int) = (int (*)(int))dlsym(RTLD_NEXT, "fdatasync");
    return real(fd);
}
