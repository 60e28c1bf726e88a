#ifndef DOSSIER_SYSTEM_SHIMS_H
#define DOSSIER_SYSTEM_SHIMS_H

/// rename(2) that never replaces an existing target (renameat2 with RENAME_NOREPLACE), which
/// Swift's Glibc module does not export. Returns 0, or -1 with errno set (EEXIST on a clash).
int dossier_rename_noreplace(const char *from, const char *to);

#endif
