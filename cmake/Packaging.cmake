# `cpack -G DEB` in the build folder makes aivizor_<version>_<arch>.deb from the install rules.
# The shared-library dependencies come from dpkg-shlibdeps; the rest are what the app needs at run
# time but does not link: Qt's SQLite driver, the platform and image plugins, the keychain service, Qt's own
# translations and a font with CJK glyphs for forums that write in those scripts.
set(CPACK_PACKAGE_NAME aivizor)
set(CPACK_PACKAGE_VENDOR "Aivizor")
set(CPACK_PACKAGE_CONTACT "Aivizor developers <developers@aivizor.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Desktop reader and composer for Aivizor and other Discourse forums")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins, qt6-image-formats-plugins")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager, qt6-translations-l10n, fonts-noto-cjk | fonts-wqy-microhei")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "A fast, keyboard-friendly desktop client for Discourse forums.
 Aivizor reads the communities, feeds and topics of the Aivizor community about AI companies
 and of any other Discourse forum, and answers them with a Markdown composer whose drafts and
 outbox keep every word typed. It includes aivizor-server, a small Discourse-compatible server
 that runs the demo community locally.")
include(CPack)
