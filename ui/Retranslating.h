#pragma once

#include <QEvent>

// What every view of Roster does with the change events it gets: on a switch of language it
// says everything again in the new one (retranslate()), on a switch of theme it takes its
// colours from the new palette (updateColors()). Written once, for the window, the dock, the
// bars and every dialog: `class EditUserDialog final : public Retranslating<QDialog>`.
template <typename Base>
class Retranslating : public Base
{
public:
    using Base::Base;

protected:
    virtual void retranslate() = 0;
    virtual void updateColors() {}

    void changeEvent(QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange)
            retranslate();
        else if (event->type() == QEvent::PaletteChange)
            updateColors();
        Base::changeEvent(event);
    }
};
