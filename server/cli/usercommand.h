#pragma once

#include <QStringList>

// `aivizor-server user add NAME [--name "Full Name"] [--admin] [--data-dir DIR] [--demo-dir DIR]`:
// creates the user (or reuses an existing one) and prints a new personal API key on stdout.
// arguments: the whole command line, program name first. Returns the exit code.
int runUserCommand(const QStringList &arguments);
