// daemon
