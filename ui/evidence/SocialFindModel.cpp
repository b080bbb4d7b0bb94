#include "evidence/SocialFindModel.h"

#include <QLocale>

namespace cpd {

SocialFindModel::SocialFindModel(QObject* parent) : QAbstractTableModel(parent)
{
}

void SocialFindModel::setFinds(QList<SocialFind> finds)
{
    beginResetModel();
    m_rows = std::move(finds);
    endResetModel();
}

const SocialFind* SocialFindModel::at(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int SocialFindModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SocialFindModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SocialFindModel::platformName(const QString& platform)
{
    if (platform == QLatin1String("x"))
        return tr("X/Twitter");
    if (platform == QLatin1String("mastodon"))
        return tr("Mastodon");
    if (platform == QLatin1String("bookmark"))
        return tr("Bookmark");
    if (platform == QLatin1String("web"))
        return tr("Web");
    return platform;
}

QVariant SocialFindModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SocialFind& f = m_rows.at(index.row());
    if (role == IdRole)
        return f.id;
    if (role == Qt::ToolTipRole)
        return f.url.isEmpty() ? f.excerpt : f.url;
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case PlatformColumn:
        return platformName(f.platform);
    case AuthorColumn:
        return f.author;
    case PostedColumn:
        return f.posted.isValid() ? QLocale().toString(f.posted.toLocalTime(), QLocale::ShortFormat) : QString();
    case HashtagsColumn: {
        QStringList tags;
        for (const QString& t : f.hashtags)
            tags << QLatin1Char('#') + t;
        return tags.join(QLatin1Char(' '));
    }
    case ExcerptColumn:
        return f.excerpt.isEmpty() ? f.url : f.excerpt.simplified();
    default:
        return {};
    }
}

QVariant SocialFindModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PlatformColumn:
        return tr("Platform");
    case AuthorColumn:
        return tr("Author");
    case PostedColumn:
        return tr("Posted");
    case HashtagsColumn:
        return tr("Hashtags");
    case ExcerptColumn:
        return tr("Text");
    default:
        return {};
    }
}

} // namespace cpd
