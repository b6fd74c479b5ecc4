package org.parley.web.console;

import java.util.List;

/**
 * How a feature puts its pages in the console's menu: an application-scoped bean implementing this interface.
 * {@link ConsoleMenu} collects every contribution, orders the entries and shows each to the roles it names.
 */
public interface MenuContribution {

    List<MenuEntry> entries();
}
