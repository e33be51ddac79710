/**
 * Server-rendered pages (Thymeleaf + htmx) for moderators and site owners: an edge only.
 */
package io.parley.web;
