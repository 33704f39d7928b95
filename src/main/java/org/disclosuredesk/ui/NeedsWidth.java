package org.disclosuredesk.ui;

/**
 * A page whose official tables need the screen's width: on a laptop (narrower than
 * {@link #LAPTOP_WIDTH} pixels) the side navigation folds away when it opens, so that the tables' last
 * columns (其他, 总计) stay in view. The navigation is one click away on its toggle.
 */
public interface NeedsWidth {

    int LAPTOP_WIDTH = 1500;
}
