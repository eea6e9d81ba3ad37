/** Process plumbing of the devstack; not for use outside this module. */
package dev.eventline.devstack.internal;
